import Dispatch
import Foundation
import Synchronization

/// Runs `body` for each index on up to `threads` threads and returns the results in
/// index order, so parallel output is the same as serial output.
func parallelMap<T: Sendable>(_ count: Int, threads: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let results = Slots<T>(count)
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
        while true {
            let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard i < count else { return }
            results.set(i, body(i))
        }
    }
    return results.take()
}

/// One slot per index, each written by exactly one thread (the index handed out by the
/// atomic counter), all read after `concurrentPerform` returned, which waits for every
/// thread: no lock is needed. A lock around a shared array for each of 10,000 cases was
/// contended enough to be 3 % of an update in `serve`.
private final class Slots<T>: @unchecked Sendable {
    private let items: UnsafeMutableBufferPointer<T?>

    init(_ count: Int) {
        items = .allocate(capacity: count)
        items.initialize(repeating: nil)
    }

    private var taken = false

    func set(_ index: Int, _ value: T) { items[index] = value }

    /// The results, moved out of the slots, which are empty after. Copying them out and
    /// then destroying the slots retained and released every reference of every result:
    /// for 10,000 Markdown bodies of a dozen references each, 4 % of an update in `serve`.
    func take() -> [T] {
        taken = true
        return [T](unsafeUninitializedCapacity: items.count) { buffer, count in
            for i in items.indices { (buffer.baseAddress! + i).initialize(to: (items.baseAddress! + i).move()!) }
            count = items.count
        }
    }

    deinit {
        if !taken { items.deinitialize() }
        items.deallocate()
    }
}

/// `first()` on this thread while `second()` runs on a thread of its own, when `threads`
/// allows. Not both inside one `concurrentPerform`: a `parallelMap` within `first` would
/// then be a nested apply, which libdispatch runs one thread wide on two cores; here
/// `first` keeps every thread for its own parallel work (and has the second core back
/// once `second` is done). A thread of its own, not a global queue's, so that `second`
/// starts even when the queue's threads are busy.
func alongside<A, B: Sendable>(threads: Int, _ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
    guard threads > 1 else { return (first(), second()) }
    let handoff = Handoff<B>()
    Thread.detachNewThread {
        handoff.value.withLock { $0 = second() }
        handoff.done.signal()
    }
    let a = first()
    handoff.done.wait()
    return (a, handoff.value.withLock { $0.take()! })
}

/// What `alongside`'s second thread made, and the signal that it is there.
private final class Handoff<T: Sendable>: Sendable {
    let value = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
}
