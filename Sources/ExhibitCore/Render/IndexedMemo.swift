import Synchronization

/// `SharedMemo` for keys that are a case's index (0 up to the number of cases): the values
/// in an array, not a dictionary. A case's card and its dates and figures as shown are
/// asked for by every list the case is on (at 50,000 cases, half a million times):
/// hashing and probing a dictionary of 50,000 entries for each was 0.5 % of the build's
/// samples.
final class IndexedMemo<Value: Sendable>: Sendable {
    private let cache: Mutex<[Value?]>

    /// Room for the indices below `count`; a larger one makes room as it comes.
    init(count: Int) {
        cache = Mutex([Value?](repeating: nil, count: count))
    }

    func value(_ index: Int, make: () -> Value) -> Value {
        if let hit = cache.withLock({ index < $0.count ? $0[index] : nil }) { return hit }
        let made = make()
        cache.withLock { values in
            if index >= values.count { values += [Value?](repeating: nil, count: index + 1 - values.count) }
            values[index] = made
        }
        return made
    }
}
