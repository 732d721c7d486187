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

// The template values of the small values above, written out (see `TemplateStruct`), the
// ones every case and card has as records (see `TemplateRecord`).

extension CategoryRef {
    static let schema = TemplateSchema(["id", "name", "url", "index"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["id"] = id
        v["name"] = name
        v["url"] = url
        v["index"] = index
        return v
    }
}

extension LinkValue {
    static let schema = TemplateSchema(["name", "url"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["name"] = name
        v["url"] = url
        return v
    }
}

extension MetricValue {
    static let schema = TemplateSchema(["label", "value", "unit", "length"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["label"] = label
        v["value"] = value
        v["unit"] = unit
        if let length { v["length"] = length }
        return v
    }
}

extension CoverValue {
    static let schema = TemplateSchema(["url", "alt", "srcset", "webp_srcset", "width", "height"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["url"] = url
        v["alt"] = alt
        if let srcset { v["srcset"] = srcset }
        if let webpSrcset { v["webp_srcset"] = webpSrcset }
        if let width { v["width"] = width }
        if let height { v["height"] = height }
        return v
    }
}

extension TocEntry {
    static let schema = TemplateSchema(["level", "title", "id"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["level"] = level
        v["title"] = title
        v["id"] = id
        return v
    }
}

extension MilestoneValue {
    static let schema = TemplateSchema(["date", "date_iso", "title"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["date"] = date
        v["date_iso"] = dateISO
        v["title"] = title
        return v
    }
}
