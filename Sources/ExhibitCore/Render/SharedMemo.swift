import Synchronization

/// Values made once per key and shared by every page that asks, from any thread: the
/// categories at one page depth (key: the root), what an organization's list adds up
/// (key: the list's first page).
final class SharedMemo<Value: Sendable>: Sendable {
    private let cache = Mutex<[String: Value]>([:])

    func value(_ key: String, make: () -> Value) -> Value {
        if let hit = cache.withLock({ $0[key] }) { return hit }
        let made = make()
        cache.withLock { $0[key] = made }
        return made
    }
}
