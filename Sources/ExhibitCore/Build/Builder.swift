import ExhibitTemplates
import Foundation

/// The build pipeline: load → parse → resolve → theme → markdown → render → swap.
///
/// Content problems are collected as diagnostics from every stage; the pipeline stops
/// before writing when there is an error, and the output is only swapped in after
/// everything was written, so a failed build never touches the previous output.
public struct Builder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds into the output folder (through a staging folder beside it).
    public func build() -> BuildReport {
        let folder = OutputFolder(url: options.output, siteRoot: options.siteRoot)
        var report = BuildReport()
        if let refusal = folder.refusal() {
            report.diagnostics = [refusal]
            return report
        }
        folder.discardStaging()
        let sink = DiskSink(root: folder.stagingURL)
        do {
            try FileManager.default.createDirectory(at: folder.stagingURL, withIntermediateDirectories: true)
        } catch {
            report.diagnostics = [.error(folder.stagingURL.path, "cannot create the staging folder: \(error.localizedDescription)")]
            return report
        }
        report = run(into: sink)
        if report.succeeded {
            let start = Date()
            do {
                try folder.swapIn()
                report.stages.append(("swap", Date().timeIntervalSince(start)))
            } catch {
                report.diagnostics.append(.error(options.output.path, "cannot replace the output folder: \(error.localizedDescription)"))
                report.succeeded = false
            }
        }
        if !report.succeeded { folder.discardStaging() }
        report.files = sink.fileCount
        return report
    }

    /// Runs every stage, writing into `sink`; `succeeded` says whether the output is good.
    public func run(into sink: any OutputSink) -> BuildReport {
        let clock = Date()
        var report = BuildReport()
        let log = DiagnosticLog()
        var stageStart = Date()
        func stage(_ name: String) {
            let now = Date()
            report.stages.append((name, now.timeIntervalSince(stageStart)))
            stageStart = now
        }

        let loaded = ContentLoader(options: options, log: log).load()
        stage("load+parse")
        let (model, resolveProblems) = SiteResolver.resolve(config: loaded.config, cases: loaded.cases, pages: loaded.pages,
                                                           tree: loaded.tree, includeDrafts: options.includeDrafts)
        log.add(contentsOf: resolveProblems)
        stage("resolve")
        let theme = ThemeStage(siteRoot: options.siteRoot, model: model, log: log).load()
        stage("theme")
        // Markdown runs even when earlier stages found errors, so that broken links and
        // images are reported in the same run; nothing is rendered or written then.
        let markdown = MarkdownStage(model: model, threads: options.threads, log: log)
        let bodies = markdown.render()
        let pageBodies = markdown.renderPages()
        stage("markdown")
        guard log.errorCount == 0, let theme else {
            report.diagnostics = log.all
            report.seconds = Date().timeIntervalSince(clock)
            return report
        }
        let pages = PageRenderer(model: model, bodies: bodies, pageBodies: pageBodies, theme: theme,
                                 sink: sink, siteRoot: options.siteRoot, threads: options.threads, log: log,
                                 shared: SharedRenderData.make(model: model, theme: theme, threads: options.threads))
            .renderAll()
        stage("render+write")
        report.pages = pages
        report.cases = model.cases.count
        report.diagnostics = log.all
        report.succeeded = report.errors == 0 && !(options.strict && report.warnings > 0)
        report.seconds = Date().timeIntervalSince(clock)
        return report
    }
}
