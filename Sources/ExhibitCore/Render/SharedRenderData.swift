import ExhibitQR

/// What every page may show but is computed once per build, not once per page: each
/// case's QR code and the site's figures.
struct SharedRenderData: Sendable {
    /// SVG QR code of each case's public URL, by case index; empty without base_url.
    var qrCodes: [Int: String] = [:]
}

extension SharedRenderData {
    static func make(model: SiteModel, threads: Int, log: DiagnosticLog) -> SharedRenderData {
        var shared = SharedRenderData()
        if let base = model.config.baseURL {
            let codes = parallelMap(model.cases.count, threads: threads) { i in
                QRCode.svg(for: base + model.casePath(i), label: model.cases[i].title)
            }
            for (i, code) in codes.enumerated() { if let code { shared.qrCodes[i] = code } }
        } else if !model.cases.isEmpty {
            log.add(.warning("content/site.yaml", "no `base_url`: case pages and the booklet have no QR codes",
                             fix: "add the published address, e.g. `base_url: https://example.edu.cn/achievements/`"))
        }
        return shared
    }
}
