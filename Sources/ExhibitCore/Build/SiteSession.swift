import ExhibitText
import Foundation
import Synchronization

/// A site loaded in memory, kept up to date as its files change.
///
/// `build` and `check` use one for a single pass; `serve` keeps one for the whole
/// session, so that after an edit only the changed files are parsed and their Markdown
/// rendered again, and pages are rendered when they are requested. Every update runs the
/// same stages (load → resolve → theme → markdown → plan, then render/write), the fast
/// path of `serve` reusing what an edit did not change, so what `serve` shows is byte
/// for byte what `build` writes.
public final class SiteSession: Sendable {
    public let options: BuildOptions
    let caches: SessionCaches
    let current = Mutex<Snapshot?>(nil)
    /// Whether this session is updated once and never again (`Builder`): no body is then
    /// kept for a next update, and each case's Markdown is let go once it is rendered
    /// (`MarkdownStage.rendersOnce`).
    let rendersOnce: Bool

    public init(options: BuildOptions, rendersOnce: Bool = false) {
        self.options = options
        self.rendersOnce = rendersOnce
        caches = SessionCaches(siteRoot: options.siteRoot)
    }

    /// Loads the site again, reusing what did not change. When the site has errors (or
    /// warnings with --strict), the previous good state stays in place and the report
    /// says why.
    public func update() -> BuildReport {
        update(changed: nil)
    }

    /// Like `update()`, told which files changed (absolute or site-relative paths), so
    /// that an edit of a case is not a scan of the whole site.
    public func update(changed reported: [String]?) -> BuildReport {
        let started = Date()
        let changed = reported.map(significant)
        if let changed, let quick = updateEditedCases(changed, started: started) { return quick }
        Self.letGo(caches.lastGood.withLock { last in defer { last = nil }; return last })
        var run = PipelineRun(options: options, started: started)
        let log = run.log, meter = run.meter
        let loaded = run.stage("load+parse") {
            var loader = ContentLoader(options: options, log: log, cache: caches.parse)
            if let changed, let previous = caches.lastTree.withLock({ $0 }) {
                loader.changed = (Set(changed.map(options.folder.relative)), previous)
            }
            let loaded = loader.load()
            caches.lastTree.withLock { $0 = loaded.tree }
            return loaded
        }
        let model = run.stage("resolve") {
            let (model, problems) = SiteResolver.resolve(
                config: loaded.config, cases: loaded.cases, pages: loaded.pages, tree: loaded.tree,
                includeDrafts: options.includeDrafts, reviewedOnly: options.reviewedOnly, threads: options.threads, relatedCache: caches.related,
                unitWarnings: caches.unitWarnings, slugClashCache: caches.slugClashes)
            log.add(contentsOf: problems)
            return model
        }
        run.review(awaiting: model.awaitingReview, leftOut: model.reviewGate)
        let theme = run.stage("theme") {
            ThemeStage(folder: options.folder, model: model, log: log, engine: options.templateEngine, threads: options.threads).load(settings: loaded.tree.siteYAML, cache: caches.theme)
        }
        // Markdown runs even when earlier stages found errors, so that broken links and
        // images are reported in the same run; nothing is rendered then.
        let bodies = run.stage("markdown", total: model.cases.count + model.pages.count) {
            let bodies = MarkdownStage(model: model, threads: options.threads, log: log, cache: caches.markdown, meter: meter,
                                       media: MediaEmbed.Tools(folder: options.folder, probes: caches.imageProbes, writable: options.writesCaches),
                                       rendersOnce: rendersOnce).renderAll()
            log.add(contentsOf: ImageChecks(folder: options.folder, cache: caches.imageProbes, threads: options.threads)
                .diagnostics(model: model, bodies: bodies))
            return bodies
        }
        let (images, shown) = run.stage("images") {
            ImageStage(model: model, options: options, probes: caches.imageProbes, log: log).run(bodies)
        }
        // Planning finds the content files that clash with generated ones, so it runs
        // before the site is judged; nothing is planned without a theme.
        let planned = theme.map { theme in
            run.stage("plan") {
                PlanStage(model: model, markdown: shown, images: images, theme: theme, options: options, caches: caches).snapshot(log: log, rendersOnce: rendersOnce)
            }
        }
        if run.judge(cases: model.cases.count), let snapshot = planned ?? nil {
            let outputMap = Lazy { snapshot.renderer.outputMap(jobs: snapshot.jobs) }
            // A one-shot build counts the pages it writes; `serve` counts the paths.
            run.planned(pages: rendersOnce ? snapshot.planned.count : snapshot.jobs.count, outputMap: outputMap)
            Self.letGo(current.withLock { old in defer { old = snapshot }; return old })
            caches.lastGood.withLock { $0 = Resolved(snapshot: snapshot, diagnostics: run.report.diagnostics, outputMap: outputMap) }
        }
        return run.finish()
    }

    /// Lets go of the last update's state on another thread: freeing a site of 10,000
    /// cases' jobs, dictionaries and lists took 5 ms of every update in `serve`, before
    /// the reload. The value is moved into a parcel that only the other thread empties: a
    /// copy captured by the closure could be let go there first, leaving the last
    /// reference, and the freeing, to this thread.
    static func letGo<T: Sendable>(_ value: consuming T?) {
        let parcel = Parcel(consume value)
        DispatchQueue.global(qos: .utility).async { parcel.empty() }
    }

    private final class Parcel<T: Sendable>: Sendable {
        private let value: Mutex<T?>
        init(_ value: consuming T?) { self.value = Mutex(value) }
        func empty() { _ = value.withLock { $0.take() } }
    }

    /// `changed` without the files of `content/` that came and went between two updates
    /// and were never part of the site: an editor that saves through a temporary file
    /// (`x.md.tmp`, vim's `4913`) reports it beside the file it saved, which made every
    /// such save a scan of the whole site and kept serve off its fast path. Files outside
    /// `content/` (templates) are always kept; all of `changed` when nothing would be left.
    func significant(_ changed: [String]) -> [String] {
        guard let tree = caches.lastTree.withLock({ $0 }) else { return changed }
        // A scan per changed file when there are a few (an editor saves one or two): a set
        // of every path was 1.5 ms an update at 10,000 cases.
        let all = changed.count > 8 ? Set(tree.cases.map(\.path) + tree.pages.map(\.path) + tree.assets.map(\.path)) : nil
        func known(_ relative: String) -> Bool {
            if let all { return relative == tree.siteYAML || all.contains(relative) }
            return relative == tree.siteYAML || tree.cases.contains { $0.path == relative }
                || tree.pages.contains { $0.path == relative } || tree.assets.contains { $0.path == relative }
        }
        let kept = changed.filter { path in
            let relative = options.folder.relative(path)
            return !relative.hasPrefix(SiteFolder.contentName + "/") || known(relative)
                || FileManager.default.fileExists(atPath: options.folder.path(relative))
        }
        return kept.isEmpty ? changed : kept
    }

    /// Lets go of the Markdown sources of the current state's cases, and of the cache
    /// of rendered Markdown (whose keys hold them), for a session that will only write
    /// what it has; its QR drawings are not kept for a next build. The parse cache, which holds the emptied cases, is emptied too, and
    /// `serve`'s fast path (which reuses the last model) is closed: a later update reads
    /// and renders every file again instead of rendering empty bodies.
    func releaseSources() {
        caches.markdown.removeAll()
        caches.parse.keep(only: [])
        caches.lastGood.withLock { $0 = nil }
        caches.qr.stopRemembering()
        guard let snapshot = current.withLock({ $0 }) else { return }
        for c in snapshot.renderer.model.cases { c.releaseBody() }
    }

    /// Renders every page and writes the whole site into `sink`; returns the pages
    /// written and the problems writing them.
    public func write(to sink: any OutputSink)
        -> (pages: Int, problems: [Diagnostic], stages: [(name: String, seconds: Double)], templates: [TemplateTime]) {
        guard let snapshot = current.withLock({ $0 }) else { return (0, [], [], []) }
        let log = DiagnosticLog()
        let meter = ProgressMeter(options.progress)
        meter.begin("render+write", total: snapshot.planned.count)
        let start = Date()
        let times = RenderTimes()
        let pages = snapshot.renderer.renderAll(snapshot.planned, into: sink, log: log, meter: meter, times: times)
        return (pages, log.all, [("render+write", Date().timeIntervalSince(start))], times.all)
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
            case .file(let url), .cached(let url): guard let bytes = FileManager.default.contents(atPath: url.path) else { return nil }; data = bytes
            case .text(let text): data = Data(text.utf8)
            case .poster(let poster):
                guard let frame = poster.make() else { return nil }
                defer { if frame.temporary { try? FileManager.default.removeItem(at: frame.file) } }
                guard let bytes = FileManager.default.contents(atPath: frame.file.path) else { return nil }
                data = bytes
            }
        } else {
            return snapshot.standards.get[path]
        }
        snapshot.rendered.withLock { $0[path] = data }
        return data
    }
}
