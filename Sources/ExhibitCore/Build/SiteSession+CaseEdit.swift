import ExhibitImages
import Foundation

/// The fast path of `serve`: an edit of cases that leaves the site's shape alone.
///
/// Most saves while writing change a case's text, summary, figures or title, not which
/// lists it is on. When the edited cases keep their slug, category, tags, organization,
/// folder, draft state, set of extra keys and their place in the date order, every term,
/// list, relation and output path of the last model still holds. Then the same stages
/// run as in a full update, each reusing what the edit did not change: only those files
/// are parsed and their Markdown rendered; the model, the theme, the other bodies and the
/// page plan are the last update's. At 10,000 cases resolving and planning again took
/// 120 ms of a 200 ms rebuild. An edit of tags or of the organization changes the term
/// pages and the related cases as well: those are made again from the last model's cases
/// (`SiteResolver.retermed`) and the pages planned again, the rest as above; at 10,000
/// cases resolving everything and looking up every body in the Markdown cache was 50 ms
/// of the 80 ms such a save took. Anything else takes the full path, which gives the same
/// site, so what `serve` shows stays byte for byte what `build` writes (ServeTests
/// compares every file).
extension SiteSession {
    /// The report of an update that only re-read `changed`; nil when the fast path does
    /// not apply and the full update must run.
    func updateEditedCases(_ changed: [String], started: Date) -> BuildReport? {
        // After a successful update, `lastTree` is the tree it resolved.
        guard let last = caches.lastGood.withLock({ $0 }), let tree = caches.lastTree.withLock({ $0 }) else { return nil }
        let paths = Set(changed.map(options.folder.relative))
        // An editor saves one or two files: comparing each case's path with them beats
        // hashing 10,000 paths into a set on every save.
        let few = paths.count <= 8 ? Array(paths) : nil
        func isChanged(_ path: String) -> Bool { few?.contains(path) ?? paths.contains(path) }
        let model = last.model
        var indexBySource: [String: Int] = [:]
        for (i, c) in model.cases.enumerated() where isChanged(c.sourcePath) { indexBySource[c.sourcePath] = i }
        // Only published cases of the last model; pages, settings, templates and new or
        // deleted files take the full path.
        guard !paths.isEmpty, indexBySource.count == paths.count else { return nil }
        let files = tree.cases.filter { isChanged($0.path) }
        guard files.count == paths.count else { return nil }
        let indices = indexBySource.values.sorted()

        var run = PipelineRun(options: options, started: started)
        let log = run.log
        let parsed = run.stage("load+parse") {
            ContentLoader(options: options, log: log, cache: caches.parse).reparse(files, site: model.config, tree: tree)
        }
        guard let parsed, log.errorCount == 0 else { return nil }
        let resolved = run.stage("resolve") { () -> (model: SiteModel, sameTerms: Bool)? in
            guard let found = SiteResolver.edited(model, indices: indices, parsed: parsed) else { return nil }
            var edited = found.model
            let sameTerms = found.sameTerms
            if !sameTerms {
                guard SiteResolver.assetsClearOfTermPages(edited) else { return nil }
                edited = SiteResolver.retermed(edited, last: model, changed: indices, threads: options.threads, relatedCache: caches.related)
            }
            // The site-wide warnings that fall on the edited files, as a full resolve gives them.
            log.add(contentsOf: UnknownUnits.warnings(cases: edited.cases, rateLabels: edited.config.summedNever, only: indices))
            log.add(contentsOf: OutlinePlaces.warnings(cases: edited.cases, outline: edited.config.outline, only: indices))
            return (edited, sameTerms)
        }
        guard let (edited, sameTerms) = resolved else { return nil }
        // An edit that keeps a case's review keeps the list of cases awaiting review.
        run.review(awaiting: edited.awaitingReview, leftOut: edited.reviewGate)
        let theme = run.stage("theme") { last.snapshot.renderer.theme }
        let bodies = run.stage("markdown", total: indices.count) {
            let bodies = MarkdownStage(model: edited, threads: options.threads, log: log, cache: caches.markdown,
                                       media: MediaEmbed.Tools(folder: options.folder, probes: caches.imageProbes, writable: options.writesCaches))
                .render(indices: indices, keeping: last.snapshot.bodies)
            log.add(contentsOf: ImageChecks(folder: options.folder, cache: caches.imageProbes, threads: options.threads)
                .diagnostics(model: edited, bodies: bodies, cases: indices))
            return bodies
        }
        // The edited cases' pictures as the last update published them; a picture it did
        // not publish (a new cover), or a change in which originals are linked, takes the
        // full path, whose plan has their files.
        let images = last.snapshot.renderer.shared.images
        let pictures = run.stage("images") { () -> MarkdownStage.Bodies? in
            let files = ImageUses.collect(model: edited, bodies: bodies, cases: indices).map(\.use.file)
            guard files.allSatisfy({ images.considered.contains($0) || !ImageEngine.handles(URL(fileURLWithPath: $0)) }) else { return nil }
            // A picture of an edited body that its HTML does not show (a gallery's) must
            // keep its original: the last plan may have left it out.
            guard BodyImages.notInHTML(bodies, model: edited, images: images, cases: indices).isDisjoint(with: images.unpublished) else { return nil }
            let shown = BodyImages.rewrite(bodies, model: edited, images: images, cases: indices)
            // Which originals are linked can change only in the edited bodies: as before
            // the edit, the last plan's copies still hold (reading every body was 2 s at
            // 10,000 cases).
            let originals = Set(images.byFile.keys.compactMap { edited.outputBySource[$0] })
            func linked(_ bodies: MarkdownStage.Bodies) -> Set<String> {
                ResponsiveImages.linkedOutputs(in: indices.map { (bodies.cases[$0].html.string, edited.casePath($0)) }, wanted: originals)
            }
            guard linked(shown) == linked(last.snapshot.bodies) else { return nil }
            return shown
        }
        guard let pictures else { return nil }
        // The files copied beside the pages are the last plan's: a video that an edited
        // body embeds anew has a poster frame that plan does not copy.
        func posters(_ bodies: MarkdownStage.Bodies) -> [[String]] { indices.map { bodies.cases[$0].posters.map(\.output) } }
        guard posters(pictures) == posters(last.snapshot.bodies) else { return nil }
        // The other files' problems are the last update's.
        let diagnostics = DiagnosticLog()
        diagnostics.add(contentsOf: last.diagnostics.filter { !paths.contains($0.path) } + log.all)
        guard run.judge(cases: edited.cases.count, diagnostics: diagnostics.all) else { return nil }

        let snapshot = run.stage("plan") {
            let plan = PlanStage(model: edited, markdown: pictures, images: images, theme: theme, options: options, caches: caches)
            return sameTerms ? plan.snapshot(samePagesAs: last.snapshot) : plan.snapshot(newTermsOf: last.snapshot)
        }
        let outputMap = sameTerms ? last.outputMap : Lazy { snapshot.renderer.outputMap(jobs: snapshot.jobs) }
        run.planned(pages: snapshot.jobs.count, outputMap: outputMap, onlyEditedCases: sameTerms, editedTerms: !sameTerms)
        Self.letGo(current.withLock { old in defer { old = snapshot }; return old })
        caches.lastGood.withLock { $0 = Resolved(snapshot: snapshot, diagnostics: run.report.diagnostics, outputMap: outputMap) }
        return run.finish()
    }
}
