import Foundation

/// `exhibit check`: the build's pipeline run into memory, then the rendered pages
/// checked by `OutputChecker`. Nothing is written anywhere.
public struct SiteChecker: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// How messages name the output folder: relative to the site (`public`), or its full
    /// path when it lies elsewhere.
    public var outputName: String {
        options.folder.relative(options.output.standardizedFileURL.path)
    }

    /// Runs every check of `build`, then the output's; `strict` is applied by the caller
    /// (`CheckReport.passed(strict:)`), so that all warnings are found and listed.
    public func run() -> CheckReport {
        var buildOptions = options
        buildOptions.strict = false  // a strict build stops before rendering; check lists everything
        buildOptions.writesCaches = false
        // The build's stages are shown as 1…6 of 7: the seventh is the check of the pages.
        let progress = options.progress
        let stageCount = BuildProgress.stages.count + 1
        buildOptions.progress = progress.map { report in { @Sendable in var p = $0; p.count = stageCount; report(p) } }
        let sink = MemorySink()
        let build = Builder(options: buildOptions).run(into: sink)
        var report = CheckReport()
        report.diagnostics = build.diagnostics
        report.awaitingReview = build.awaitingReview
        report.cases = build.cases
        report.stages = build.stages
        report.seconds = build.seconds
        guard build.errors == 0 else { return report }
        let start = Date()
        let output = OutputChecker(files: sink.files, map: build.outputMap, outputName: outputName,
                                   known: build.diagnostics, threads: options.threads)
            .check(meter: ProgressMeter(progress, count: stageCount))
        report.rendered = true
        report.diagnostics += output.diagnostics
        report.pages = output.pages
        report.internalLinks = output.internalLinks
        report.images = output.images
        report.externalLinks = output.externalLinks
        let seconds = Date().timeIntervalSince(start)
        report.stages.append(("check", seconds))
        report.seconds += seconds
        return report
    }
}
