import Synchronization

/// Values made once per key and shared by every page that asks, from any thread: the
/// categories at one page depth (key: the root), what an organization's list adds up
/// (key: the list's first page). By a case's index: `IndexedMemo`.
final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let cache = Mutex<[Key: Value]>([:])

    func value(_ key: Key, make: () -> Value) -> Value {
        if let hit = cache.withLock({ $0[key] }) { return hit }
        let made = make()
        cache.withLock { $0[key] = made }
        return made
    }
}
