import Dispatch
import Synchronization

/// Runs `body` for each index on up to `threads` threads and returns the results in
/// index order, so parallel output is the same as serial output.
func parallelMap<T: Sendable>(_ count: Int, threads: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let results = Mutex<[T?]>(Array(repeating: nil, count: count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
        while true {
            let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard i < count else { return }
            let value = body(i)
            results.withLock { $0[i] = value }
        }
    }
    return results.withLock { $0.map { $0! } }
}

/// `first()` and `second()` at once when `threads` allows.
func parallelPair<A: Sendable, B: Sendable>(threads: Int, _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let a = Mutex<A?>(nil), b = Mutex<B?>(nil)
    DispatchQueue.concurrentPerform(iterations: threads > 1 ? 2 : 1) { n in
        if threads > 1 {
            if n == 0 { let made = first(); a.withLock { $0 = made } } else { let made = second(); b.withLock { $0 = made } }
        } else {
            let one = first(), two = second()
            a.withLock { $0 = one }
            b.withLock { $0 = two }
        }
    }
    return (a.withLock { $0! }, b.withLock { $0! })
}
