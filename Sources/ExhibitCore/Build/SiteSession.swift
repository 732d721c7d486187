import Foundation
import Synchronization

/// A site loaded in memory, kept up to date as its files change.
///
/// `build` uses one for a single pass; `serve` keeps one for the whole session, so that
/// after an edit only the changed files are parsed and their Markdown rendered again,
/// and pages are rendered when they are requested. Both go through the same stages, so
/// what `serve` shows is byte for byte what `build` writes.
public final class SiteSession: Sendable {
    public let options: BuildOptions
    // Internal rather than private: SiteSession+CaseEdit.swift uses them.
    let parseCache = ParseCache()
    let markdownCache = MarkdownCache()
    let current = Mutex<Snapshot?>(nil)
    let qrCache = QRCache()
    private let themeCache = ThemeCache()
    let lastTree = Mutex<SourceTree?>(nil)
    private let relatedCache = RelatedCache()
    /// What the last successful update resolved; an edit of cases starts from it.
    let lastGood = Mutex<Resolved?>(nil)

    /// The last good state of the site and the pages rendered from it so far.
    final class Snapshot: Sendable {
        let renderer: PageRenderer
        let jobs: [String: PageRenderer.Job]
        let copies: [String: PageRenderer.CopySource]
        /// Feed, sitemap, data downloads and the search index: made on first request.
        let standards: Lazy<[String: Data]>
        let rendered = Mutex<[String: Data]>([:])

        init(renderer: PageRenderer) {
            self.renderer = renderer
            jobs = Dictionary(renderer.plan().map { (PageRenderer.outputPath($0), $0) }, uniquingKeysWith: { a, _ in a })
            copies = Dictionary(renderer.copies().map { ($0.output, $0.source) }, uniquingKeysWith: { a, _ in a })
            standards = Self.standards(of: renderer)
        }

        /// A snapshot of a site with the same pages as `previous` (the same cases in the
        /// same order, the same terms and files): its plan is reused.
        init(renderer: PageRenderer, samePagesAs previous: Snapshot) {
            self.renderer = renderer
            jobs = previous.jobs
            copies = previous.copies
            standards = Self.standards(of: renderer)
        }

        private static func standards(of renderer: PageRenderer) -> Lazy<[String: Data]> {
            Lazy { Dictionary(renderer.standards().map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a }) }
        }
    }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads the site again, reusing what did not change. When the site has errors (or
    /// warnings with --strict), the previous good state stays in place and the report
    /// says why.
    public func update() -> BuildReport {
        update(changed: nil)
    }

    /// Like `update()`, told which files changed (absolute or site-relative paths), so
    /// that an edit of a case is not a scan of the whole site.
    public func update(changed: [String]?) -> BuildReport {
        let clock = Date()
        if let changed, let quick = updateEditedCases(changed, since: clock) { return quick }
        lastGood.withLock { $0 = nil }
        var report = BuildReport()
        let log = DiagnosticLog()
        var stages = StageClock()
        func stage(_ name: String) { stages.end(name, in: &report) }
        let meter = ProgressMeter(options.progress)
        meter.begin("load+parse")
        var loader = ContentLoader(options: options, log: log, cache: parseCache)
        if let changed, let previous = lastTree.withLock({ $0 }) {
            let relative = Set(changed.map(options.folder.relative))
            loader.changed = (relative, previous)
        }
        let loaded = loader.load()
        lastTree.withLock { $0 = loaded.tree }
        stage("load+parse")
        meter.begin("resolve")
        let (model, resolveProblems) = SiteResolver.resolve(config: loaded.config, cases: loaded.cases, pages: loaded.pages,
                                                           tree: loaded.tree, includeDrafts: options.includeDrafts, threads: options.threads,
                                                           relatedCache: relatedCache)
        log.add(contentsOf: resolveProblems)
        stage("resolve")
        meter.begin("theme")
        let themeKey = ThemeCache.key(folder: options.folder, settings: loaded.tree.siteYAML, model: model)
        let theme: ThemeStage.Loaded?
        if let hit = themeCache.lookup(themeKey) {
            theme = hit.theme
            log.add(contentsOf: hit.diagnostics)
        } else {
            let themeLog = DiagnosticLog()
            theme = ThemeStage(folder: options.folder, model: model, log: themeLog).load()
            themeCache.store(themeKey, theme: theme, diagnostics: themeLog.all)
            log.add(contentsOf: themeLog.all)
        }
        if let theme {
            log.add(contentsOf: GeneratedFiles(model: model, theme: theme.files).clashes(with: model.assets))
        }
        stage("theme")
        meter.begin("markdown", total: model.cases.count + model.pages.count)
        // Markdown runs even when earlier stages found errors, so that broken links and
        // images are reported in the same run; nothing is rendered then.
        let markdown = MarkdownStage(model: model, threads: options.threads, log: log, cache: markdownCache, meter: meter)
        let bodies = markdown.render()
        let pageBodies = markdown.renderPages()
        stage("markdown")
        report.cases = model.cases.count
        report.diagnostics = log.all
        report.succeeded = report.errors == 0 && !(options.strict && report.warnings > 0)
        if report.succeeded, let theme {
            meter.begin("plan")
            let renderer = PageRenderer(model: model, bodies: bodies, pageBodies: pageBodies, theme: theme,
                                        folder: options.folder, threads: options.threads,
                                        shared: SharedRenderData.make(model: model, theme: theme, qrCache: qrCache))
            let snapshot = Snapshot(renderer: renderer)
            current.withLock { $0 = snapshot }
            report.pages = snapshot.jobs.count
            report.outputMap = renderer.outputMap(jobs: snapshot.jobs)
            stage("plan")
            lastGood.withLock { $0 = Resolved(snapshot: snapshot, diagnostics: report.diagnostics, outputMap: report.outputMap) }
        }
        report.seconds = Date().timeIntervalSince(clock)
        return report
    }

    /// Renders every page and writes the whole site into `sink`; returns the pages
    /// written and the problems writing them.
    public func write(to sink: any OutputSink)
        -> (pages: Int, problems: [Diagnostic], stages: [(name: String, seconds: Double)], templates: [TemplateTime]) {
        guard let snapshot = current.withLock({ $0 }) else { return (0, [], [], []) }
        let log = DiagnosticLog()
        let meter = ProgressMeter(options.progress)
        meter.begin("render+write", total: snapshot.jobs.count)
        let start = Date()
        let times = RenderTimes()
        let pages = snapshot.renderer.renderAll(into: sink, log: log, meter: meter, times: times)
        let rendered = Date()
        snapshot.renderer.writeStandards(into: sink, log: log)
        return (pages, log.all, [("render+write", rendered.timeIntervalSince(start)),
                                 ("feed+data+search", Date().timeIntervalSince(rendered))], times.all)
    }

    /// A file of the site as last loaded without errors (`cases/x/index.html`), rendered
    /// on first request; nil when there is no such file.
    public func file(at path: String) -> Data? {
        guard let snapshot = current.withLock({ $0 }) else { return nil }
        if let done = snapshot.rendered.withLock({ $0[path] }) { return done }
        let data: Data
        if let job = snapshot.jobs[path] {
            data = Data(snapshot.renderer.render(job).utf8)
        } else if let copy = snapshot.copies[path] {
            switch copy {
            case .file(let url): guard let bytes = FileManager.default.contents(atPath: url.path) else { return nil }; data = bytes
            case .text(let text): data = Data(text.utf8)
            }
        } else {
            return snapshot.standards.get[path]
        }
        snapshot.rendered.withLock { $0[path] = data }
        return data
    }
}
