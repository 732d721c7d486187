/// The plan stage: every page the site has (`PageKind.all`), the renderer that makes
/// them and the files copied beside them, as the session's new `Snapshot`.
struct PlanStage {
    let model: SiteModel
    let markdown: MarkdownStage.Bodies
    let theme: ThemeStage.Loaded
    let options: BuildOptions
    let caches: SessionCaches

    /// The snapshot; `previous`, when the site has the same pages as it (the fast path),
    /// lends its plan instead of planning again.
    func snapshot(samePagesAs previous: SiteSession.Snapshot? = nil) -> SiteSession.Snapshot {
        let renderer = PageRenderer(model: model, bodies: markdown.cases, pageBodies: markdown.pages, theme: theme,
                                    folder: options.folder, threads: options.threads,
                                    shared: SharedRenderData.make(model: model, theme: theme, qrCache: caches.qr))
        if let previous { return SiteSession.Snapshot(renderer: renderer, samePagesAs: previous) }
        return SiteSession.Snapshot(renderer: renderer)
    }
}
