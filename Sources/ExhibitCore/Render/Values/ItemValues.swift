import ExhibitTemplates

/// The small values many pages share: references to categories, tags and
/// organizations, metrics, covers and contents entries.

/// A category in the site's list of them (`categories`), with its case count.
struct CategoryValue: Encodable, Sendable {
    var id: String
    var name: String
    var description: String
    var url: String
    var count: Int
    /// 1–5: the colour the theme gives it.
    var index: Int
}

/// The category a case is in.
struct CategoryRef: Encodable, Sendable {
    var id: String
    var name: String
    var url: String
    var index: Int
}

/// A tag or organization, linked to its list.
struct LinkValue: Encodable, Sendable {
    var name: String
    var url: String
}

/// A case's figure: "30 %" of "亩产提升".
struct MetricValue: Encodable, Sendable {
    var label: String
    /// Formatted for reading (`1,200`, `86.5`).
    var value: String
    var unit: String
    /// `long`, `longer` or `longest` when the figure needs more room than one column of
    /// the case page's figures (`MetricLength`); left out for the rest.
    var length: String?

    init(label: String, value: String, unit: String) {
        self.label = label
        self.value = value
        self.unit = unit
        length = MetricLength.of(value: value, unit: unit)?.rawValue
    }
}

/// The figure of all cases together (dashboard, home page).
struct MetricTotalValue: Encodable, Sendable {
    var label: String
    var unit: String
    /// The sum, or the range of a rate.
    var value: String
    /// How many cases report it.
    var cases: Int
    /// As a metric's (`MetricValue.length`).
    var length: String?

    init(label: String, unit: String, value: String, cases: Int) {
        self.label = label
        self.unit = unit
        self.value = value
        self.cases = cases
        length = MetricLength.of(value: value, unit: unit)?.rawValue
    }
}

/// The counts the home page and the dashboard lead with.
struct SiteFigures: Encodable, Sendable {
    var cases: Int
    var organizations: Int
    var partners: Int
    var categories: Int
}

/// A picture a page shows (a cover, the hero). For a raster image of the site `url` is
/// one of its published variants and the rest are set; for an SVG or a web address only
/// `url` and `alt`.
struct CoverValue: Encodable, Sendable {
    var url: String
    var alt: String
    /// Every width of the JPEG/PNG fallback, and of the WebP variants: `a-480.jpg 480w, …`.
    var srcset: String? = nil
    var webpSrcset: String? = nil
    /// The picture's upright size in pixels (its aspect ratio, for the layout).
    var width: Int? = nil
    var height: Int? = nil
}

/// An entry of a page's contents.
struct TocEntry: Encodable, Sendable {
    var level: Int
    var title: String
    var id: String
}

struct MilestoneValue: Encodable, Sendable {
    var date: String
    var dateISO: String
    var title: String
}
