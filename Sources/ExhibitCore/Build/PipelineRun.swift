import Foundation

/// One update of a `SiteSession`, the full one or the fast path of `serve`: its stages
/// run in order on one clock, report into one log, show on one progress line and end in
/// one report.
struct PipelineRun {
    let options: BuildOptions
    let log = DiagnosticLog()
    let meter: ProgressMeter
    private(set) var report = BuildReport()
    private var clock: StageClock
    private let started: Date

    init(options: BuildOptions, started: Date = Date()) {
        self.options = options
        self.started = started
        meter = ProgressMeter(options.progress)
        clock = StageClock(from: started)
    }

    /// Runs the stage `name`: shown on the progress line with `total` items, timed.
    mutating func stage<T>(_ name: String, total: Int = 0, _ body: () -> T) -> T {
        meter.begin(name, total: total)
        let result = body()
        clock.end(name, in: &report)
        return result
    }

    /// Decides whether the site can be rendered: no error (and no warning with --strict)
    /// among `diagnostics`, the log's unless given.
    mutating func judge(cases: Int, diagnostics: [Diagnostic]? = nil) -> Bool {
        report.cases = cases
        report.diagnostics = diagnostics ?? log.all
        report.succeeded = Self.succeeds(report.diagnostics, strict: options.strict)
        return report.succeeded
    }

    /// Whether a site with `diagnostics` can be rendered.
    static func succeeds(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        !diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// The cases awaiting review, and whether the build left them out.
    mutating func review(awaiting: [String], leftOut: Bool) {
        report.awaitingReview = awaiting
        report.leftOutForReview = leftOut
    }

    /// The planned pages, for the closing line and `check`.
    mutating func planned(pages: Int, outputMap: Lazy<OutputMap>, onlyEditedCases: Bool = false, editedTerms: Bool = false) {
        report.pages = pages
        report.outputMapSource = outputMap
        report.onlyEditedCases = onlyEditedCases
        report.editedTerms = editedTerms
    }

    /// The report, with the run's whole time.
    func finish() -> BuildReport {
        var report = self.report
        report.seconds = Date().timeIntervalSince(started)
        return report
    }
}
