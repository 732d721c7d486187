import Foundation

/// Times the stages of an update one after another, for `BuildReport.stages`.
struct StageClock {
    private var start: Date

    init(from start: Date = Date()) { self.start = start }

    /// Ends the stage `name` now and starts the next one.
    mutating func end(_ name: String, in report: inout BuildReport) {
        let now = Date()
        report.stages.append((name, now.timeIntervalSince(start)))
        report.resident[name] = ResidentMemory.current
        start = now
    }
}
