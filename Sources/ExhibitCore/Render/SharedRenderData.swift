/// What every page may show but is computed once per build, not once per page: each
/// case's QR code and the site's figures.
struct SharedRenderData: Sendable {
    /// SVG QR code of each case's public URL, by case index; empty without base_url.
    var qrCodes: [Int: String] = [:]
}

extension SharedRenderData {
    static func make(model: SiteModel, log: DiagnosticLog) -> SharedRenderData {
        SharedRenderData()
    }
}
