import ExhibitTemplates

/// `kiosk`: the hall screen's attract loop, one full-screen slide a case. The slides are
/// in the page itself, not fetched, so that it works opened from a USB stick (file://).
struct KioskValues: Encodable, Sendable {
    var title: String
    /// site.yaml `kiosk`: seconds a slide is shown, and seconds without input before the
    /// loop takes over again.
    var interval: Int
    var idle: Int
    /// How many slides there are.
    var count: Int
    @Flagged var slides: [Slide]

    struct Slide: Encodable, Sendable {
        /// 1, 2, 3 … in the loop's order.
        var number: Int
        var title: String
        var url: String
        var summary: String
        var year: Int
        var category: CategoryRef
        var organization: String?
        var cover: CoverValue?
        /// The case's first three figures.
        @Flagged var metrics: [MetricValue]
        /// The case's absolute URL and its QR code (both only with base_url).
        var publicURL: String?
        var qrSVG: String?
    }
}
