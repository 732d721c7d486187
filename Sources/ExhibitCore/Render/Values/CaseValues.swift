import ExhibitText
import ExhibitTemplates

/// `case`: a case page's values.
struct CaseValues: TemplateStruct, Sendable {
    var title: String
    var date: String
    var dateISO: String
    var year: Int
    var category: CategoryRef
    @Flagged var partners: [String]
    var tags: [LinkValue]
    var summary: String
    @Flagged var metrics: [MetricValue]
    @Flagged var milestones: [MilestoneValue]
    /// The rendered Markdown, written into the page as it is (`UTF8Text`).
    var body: UTF8Text
    /// Shown from three headings: a shorter contents is noise.
    @Flagged(shownFrom: 3) var toc: [TocEntry] = []
    var readingMinutes: Int
    var characters: Int
    @Flagged var related: [Card]
    var url: String
    var extra: ExtraValues
    var organization: LinkValue?
    /// `location:`, in words, linked to its province's place page.
    var place: PlaceRef?
    var cover: CoverValue?
    /// 1–4: the pattern of the cover the theme draws when there is no `cover`.
    var pattern: Int
    /// The case's absolute URL and its QR code, with a base_url.
    var publicURL: String?
    var qrSVG: String?
    /// The older and the newer case.
    var previous: Card?
    var next: Card?
    /// The case's pictures (`gallery:` or its folder's `gallery/`).
    @Flagged var gallery: [GalleryValue] = []
}

/// `article`: a free page's values.
struct ArticleValues: Encodable, Sendable {
    var title: String
    var body: String
    @Flagged(shownFrom: 3) var toc: [TocEntry] = []
}

/// `home`: the home page's values.
struct HomeValues: Encodable, Sendable {
    var figures: SiteFigures
    @Flagged var featured: [Card]
    /// The newest cases but those `featured` shows.
    var latest: [Card]
    /// The largest summed figures.
    @Flagged var headline: [MetricTotalValue]
    /// The exhibition's preface (前言, 序厅), `content/pages/preface.md`, when there is one.
    var preface: Preface?
    /// site.yaml's `hero_image` when it is a photo: its variants, for `srcset`.
    var hero: CoverValue? = nil

    struct Preface: Encodable, Sendable {
        var title: String
        var body: String
        var url: String
    }
}

extension CaseValues {
    static let schema = TemplateSchema([
        "title", "date", "date_iso", "year", "category", "has_partners", "partners", "tags", "summary", "has_metrics",
        "metrics", "has_milestones", "milestones", "body", "has_toc", "toc", "reading_minutes", "characters", "has_related",
        "related", "url", "extra", "organization", "place", "cover", "pattern", "public_url", "qr_svg", "previous", "next",
        "has_gallery", "gallery",
    ])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["title"] = title
        v["date"] = date
        v["date_iso"] = dateISO
        v["year"] = year
        v["category"] = category.templateValue
        v.flagged("partners", _partners, value: partners as [Any])
        v["tags"] = tags.map(\.templateValue)
        v["summary"] = summary
        v.flagged("metrics", _metrics, value: metrics.map(\.templateValue))
        v.flagged("milestones", _milestones, value: milestones.map(\.templateValue))
        v["body"] = body
        v.flagged("toc", _toc, value: toc.map(\.templateValue))
        v["reading_minutes"] = readingMinutes
        v["characters"] = characters
        v.flagged("related", _related, value: related.map(\.templateValue))
        v["url"] = url
        v["extra"] = extra.templateValue
        if let organization { v["organization"] = organization.templateValue }
        if let place { v["place"] = TemplateEncoder.box(place) }
        if let cover { v["cover"] = cover.templateValue }
        v["pattern"] = pattern
        if let publicURL { v["public_url"] = publicURL }
        if let qrSVG { v["qr_svg"] = qrSVG }
        if let previous { v["previous"] = previous.templateValue }
        if let next { v["next"] = next.templateValue }
        v.flagged("gallery", _gallery, value: TemplateEncoder.box(gallery))
        return v
    }
}
