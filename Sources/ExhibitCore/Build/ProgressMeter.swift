import Synchronization

/// Counts a build's progress and reports it to the callback of `BuildOptions`, from any
/// thread; does nothing without a callback.
final class ProgressMeter: Sendable {
    private let callback: (@Sendable (BuildProgress) -> Void)?
    private let count: Int
    private let current = Mutex<BuildProgress?>(nil)
    private let done = Atomic<Int>(0)

    /// `count` is the number of stages shown (`check` adds one to the build's).
    init(_ callback: (@Sendable (BuildProgress) -> Void)?, count: Int = BuildProgress.stages.count) {
        self.callback = callback
        self.count = count
    }

    /// Starts the stage `name` of `total` items; its number is its place in
    /// `BuildProgress.stages` unless given.
    func begin(_ name: String, number: Int? = nil, total: Int = 0) {
        guard let callback else { return }
        let number = number ?? (BuildProgress.stages.firstIndex(of: name) ?? 0) + 1
        let progress = BuildProgress(stage: name, number: number, count: max(count, number), total: total)
        done.store(0, ordering: .relaxed)
        current.withLock { $0 = progress }
        callback(progress)
    }

    /// One more item of the current stage is done.
    func step() {
        guard let callback, var progress = current.withLock({ $0 }) else { return }
        progress.done = min(progress.total, done.wrappingAdd(1, ordering: .relaxed).newValue)
        callback(progress)
    }
}
