/// The plan stage: every page the site has (`PageKind.all`), the renderer that makes
/// them and the files copied beside them, as the session's new `Snapshot`; and the
/// content files that would land where a generated file goes.
struct PlanStage {
    let model: SiteModel
    /// The bodies as pages show them (their images made `<picture>`s by the image stage).
    let markdown: MarkdownStage.Bodies
    let images: ResponsiveImages
    let theme: ThemeStage.Loaded
    let options: BuildOptions
    let caches: SessionCaches

    func renderer() -> PageRenderer {
        var shared = SharedRenderData.make(model: model, theme: theme, qrCache: caches.qr, images: images)
        shared.printed = PrintedBooklet.find(besides: options.output)
        return PageRenderer(site: Reference(model), bodies: markdown.cases, pageBodies: markdown.pages, prefaceBody: markdown.preface,
                            theme: theme, folder: options.folder, threads: options.threads, sharedData: Reference(shared))
    }

    /// The snapshot, planned once (the pages are listed once, for the clash check, the
    /// snapshot and the writing alike), or nil when `log` then has an error (or a
    /// warning with --strict), so that nothing is rendered.
    func snapshot(log: DiagnosticLog, rendersOnce: Bool = false) -> SiteSession.Snapshot? {
        let renderer = renderer()
        let jobs = renderer.plan()
        if !model.assets.isEmpty {
            log.add(contentsOf: GeneratedFiles(model: model, theme: theme.files, jobs: jobs, printed: renderer.shared.printed).clashes(with: model.assets))
        }
        guard PipelineRun.succeeds(log.all, strict: options.strict) else { return nil }
        return SiteSession.Snapshot(renderer: renderer, jobs: jobs, rendersOnce: rendersOnce)
    }

    /// The snapshot of a site whose pages differ from `previous`'s only in those that
    /// follow its terms (`serve` after an edit of tags): those planned again, the files
    /// copied beside the pages kept, and without the check of content files against
    /// generated ones, which still holds when none is published among the pages that
    /// changed (`SiteResolver.assetsClearOfTermPages`).
    func snapshot(newTermsOf previous: SiteSession.Snapshot) -> SiteSession.Snapshot {
        let renderer = renderer()
        return SiteSession.Snapshot(renderer: renderer, jobs: renderer.plan(keeping: previous.planned), copiesOf: previous)
    }

    /// The snapshot of a site with the same pages as `previous` (the fast path of
    /// `serve`), which lends its plan.
    func snapshot(samePagesAs previous: SiteSession.Snapshot) -> SiteSession.Snapshot {
        SiteSession.Snapshot(renderer: renderer(), samePagesAs: previous)
    }
}
