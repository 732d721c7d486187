import Foundation

/// The fast path of `serve`: an edit of cases that leaves the site's shape alone.
///
/// Most saves while writing change a case's text, summary, figures or title, not which
/// lists it is on. When the edited cases keep their slug, category, tags, organization,
/// folder, draft state, set of extra keys and their place in the date order, every term,
/// list, relation and output path of the last model still holds. Then only those files
/// are parsed and their Markdown rendered; the model, the other bodies and the page plan
/// are reused. At 10,000 cases resolving and planning again took 120 ms of a 200 ms
/// rebuild. Anything else takes the full path, which gives the same site, so what `serve`
/// shows stays byte for byte what `build` writes (ServeTests compares every file).
extension SiteSession {
    /// The state after a successful update.
    struct Resolved: Sendable {
        let snapshot: Snapshot
        let diagnostics: [Diagnostic]
        let outputMap: OutputMap
        var model: SiteModel { snapshot.renderer.model }
    }

    /// The report of an update that only re-read `changed`; nil when the fast path does
    /// not apply and the full update must run.
    func updateEditedCases(_ changed: [String], since clock: Date) -> BuildReport? {
        // After a successful update, `lastTree` is the tree it resolved.
        guard let last = lastGood.withLock({ $0 }), let tree = lastTree.withLock({ $0 }) else { return nil }
        let paths = Set(changed.map(options.folder.relative))
        let model = last.model
        var indexBySource: [String: Int] = [:]
        for (i, c) in model.cases.enumerated() where paths.contains(c.sourcePath) { indexBySource[c.sourcePath] = i }
        // Only published cases of the last model; pages, settings, templates and new or
        // deleted files take the full path.
        guard !paths.isEmpty, indexBySource.count == paths.count else { return nil }
        let files = tree.cases.filter { paths.contains($0.path) }
        guard files.count == paths.count else { return nil }

        var report = BuildReport()
        var stages = StageClock(from: clock)
        func stage(_ name: String) { stages.end(name, in: &report) }
        let log = DiagnosticLog()
        let loader = ContentLoader(options: options, log: log, cache: parseCache)
        guard let parsed = loader.reparse(files, site: model.config, tree: tree), log.errorCount == 0 else { return nil }
        stage("load+parse")

        var edited = model
        let indices = indexBySource.values.sorted()
        for i in indices {
            guard let new = parsed[model.cases[i].sourcePath], Self.sameLists(new, model.cases[i]) else { return nil }
            edited.cases[i] = new
        }
        for i in indices {
            let cases = edited.cases
            if i > 0, !SiteResolver.precedes(cases[i - 1], cases[i]) { return nil }
            if i + 1 < cases.count, !SiteResolver.precedes(cases[i], cases[i + 1]) { return nil }
        }
        stage("resolve")
        stage("theme")

        MarkdownStage.checkCovers(model: edited, log: log, indices: indices)
        var bodies = last.snapshot.renderer.bodies
        for i in indices {
            let c = edited.cases[i]
            bodies[i] = MarkdownStage.cachedBody(c.body, source: c.sourcePath, lineOffset: c.bodyLineOffset,
                                                 directory: edited.casePath(i), model: edited, log: log, cache: markdownCache)
        }
        stage("markdown")

        let mine = log.all
        let kept = last.diagnostics.filter { !paths.contains($0.path) }
        let all = DiagnosticLog()
        all.add(contentsOf: kept + mine)
        report.diagnostics = all.all
        report.cases = edited.cases.count
        report.succeeded = report.errors == 0 && !(options.strict && report.warnings > 0)
        guard report.succeeded else { return nil }

        let previous = last.snapshot.renderer
        let renderer = PageRenderer(model: edited, bodies: bodies, pageBodies: previous.pageBodies, theme: previous.theme,
                                    folder: previous.folder, threads: previous.threads,
                                    shared: SharedRenderData.make(model: edited, theme: previous.theme, qrCache: qrCache))
        let snapshot = Snapshot(renderer: renderer, samePagesAs: last.snapshot)
        current.withLock { $0 = snapshot }
        report.pages = snapshot.jobs.count
        report.outputMap = last.outputMap
        stage("plan")
        lastGood.withLock { $0 = Resolved(snapshot: snapshot, diagnostics: report.diagnostics, outputMap: last.outputMap) }
        report.onlyEditedCases = true
        report.seconds = Date().timeIntervalSince(clock)
        return report
    }

    /// Whether `new` is on the same lists, with the same page and files, as `old`; its
    /// place in the date order is checked separately.
    static func sameLists(_ new: Case, _ old: Case) -> Bool {
        new.sourcePath == old.sourcePath && new.slug == old.slug && new.category == old.category
            && new.tags == old.tags && new.organization == old.organization && new.draft == old.draft
            && new.bundlePath == old.bundlePath
            && Set(new.extra.map(\.key)) == Set(old.extra.map(\.key))
    }
}
