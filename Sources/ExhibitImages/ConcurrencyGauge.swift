import Foundation

/// How many workers are inside an image at once, and the most there ever were.
/// (Unchecked Sendable: both counts are only read and written under the lock.)
final class ConcurrencyGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var highest = 0

    func enter() {
        lock.withLock {
            current += 1
            highest = max(highest, current)
        }
    }

    func leave() { lock.withLock { current -= 1 } }

    var peak: Int { lock.withLock { highest } }
}
