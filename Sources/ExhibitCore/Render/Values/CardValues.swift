import ExhibitTemplates

/// A case as a list shows it: the names `partials/case-card` sees (besides root, site
/// and t).
struct CardValues: Encodable, Sendable {
    var title: String
    var url: String
    var date: String
    var dateISO: String
    var year: Int
    var summary: String
    var category: CategoryRef
    /// The first `PageContext.cardTags` tags.
    var tags: [LinkValue]
    /// The first three figures.
    var metrics: [MetricValue]
    var featured: Bool
    var readingMinutes: Int
    var organization: LinkValue?
    var cover: CoverValue?
    /// 1–4: the pattern of the cover the theme draws when there is no `cover`.
    var pattern: Int
    /// How many tags the card leaves out.
    var moreTags: Int?
}

/// A card on a page: its values and `html`, the card partial rendered with them, made
/// once per case and page depth (`CardRenderer`) and then shared by every page that
/// shows it, as template values.
struct Card: TemplateDirect, Sendable {
    let values: CardValues
    let html: String
    private let encoded: TemplateAny

    /// `templateValues` are `values` as the template sees them, when the caller has them.
    init(values: CardValues, html: String, templateValues: [String: Any]? = nil) {
        self.values = values
        self.html = html
        var dictionary = templateValues ?? TemplateEncoder.encode(values)
        dictionary["html"] = html
        encoded = TemplateAny(dictionary)
    }

    var templateValue: Any { encoded.templateValue }
}
