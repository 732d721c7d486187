import Synchronization

/// Values that depend only on a page's depth (its links to the root), made once per depth
/// and shared by every page at it, from any thread.
final class PerRoot<Value: Sendable>: Sendable {
    private let cache = Mutex<[String: Value]>([:])

    func value(root: String, make: () -> Value) -> Value {
        if let hit = cache.withLock({ $0[root] }) { return hit }
        let made = make()
        cache.withLock { $0[root] = made }
        return made
    }
}
