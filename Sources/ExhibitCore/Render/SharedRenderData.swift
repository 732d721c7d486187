import ExhibitQR
import ExhibitTemplates

/// What every page may show but is computed once per build, not once per page: each
/// case's QR code and the site's figures.
struct SharedRenderData: Sendable {
    /// SVG QR code of each case's public URL, by case index; empty without base_url.
    var qrCodes: [Int: String] = [:]
    /// The figures of all cases together, for the dashboard and the home page.
    var figures = Figures(cases: [], categories: [])
    /// Renders each card once per depth; nil for the specimen, whose cards are checked
    /// against the card partial separately.
    var cards: CardRenderer?
}

extension SharedRenderData {
    static func make(model: SiteModel, theme: ThemeStage.Loaded, threads: Int) -> SharedRenderData {
        var shared = SharedRenderData()
        let page = PageContext(model: model, bodies: [], strings: theme.files.strings, directory: "")
        shared.cards = CardRenderer(theme: theme.theme, strings: theme.files.strings, site: page.siteValue())
        shared.figures = Figures(cases: model.cases, categories: model.config.categories, rateLabels: model.config.rateLabels)
        if let base = model.config.baseURL {
            let codes = parallelMap(model.cases.count, threads: threads) { i in
                QRCode.svg(for: base + model.casePath(i), label: model.cases[i].title)
            }
            for (i, code) in codes.enumerated() { if let code { shared.qrCodes[i] = code } }
        }
        return shared
    }
}
