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
struct CategoryRef: TemplateStruct, Sendable {
    var id: String
    var name: String
    var url: String
    var index: Int
}

/// A tag or organization, linked to its list.
struct LinkValue: TemplateStruct, Sendable {
    var name: String
    var url: String
}

/// A case's figure: "30 %" of "亩产提升".
struct MetricValue: TemplateStruct, Sendable {
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
struct CoverValue: TemplateStruct, Sendable {
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
struct TocEntry: TemplateStruct, Sendable {
    var level: Int
    var title: String
    var id: String
}

struct MilestoneValue: TemplateStruct, Sendable {
    var date: String
    var dateISO: String
    var title: String
}

// The template values of the small values above, written out (see `TemplateStruct`).

extension CategoryRef {
    var templateValue: Any { ["id": id, "name": name, "url": url, "index": index] as [String: Any] }
}

extension LinkValue {
    var templateValue: Any { ["name": name, "url": url] as [String: Any] }
}

extension MetricValue {
    var templateValue: Any {
        var v: [String: Any] = ["label": label, "value": value, "unit": unit]
        if let length { v["length"] = length }
        return v
    }
}

extension CoverValue {
    var templateValue: Any {
        var v: [String: Any] = ["url": url, "alt": alt]
        if let srcset { v["srcset"] = srcset }
        if let webpSrcset { v["webp_srcset"] = webpSrcset }
        if let width { v["width"] = width }
        if let height { v["height"] = height }
        return v
    }
}

extension TocEntry {
    var templateValue: Any { ["level": level, "title": title, "id": id] as [String: Any] }
}

extension MilestoneValue {
    var templateValue: Any { ["date": date, "date_iso": dateISO, "title": title] as [String: Any] }
}
