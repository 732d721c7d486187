import ExhibitTemplates

/// `case`: a case page's values.
struct CaseValues: Encodable, Sendable {
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
    /// The rendered Markdown.
    var body: String
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
