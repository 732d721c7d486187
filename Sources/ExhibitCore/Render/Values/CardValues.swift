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
/// shows it.
///
/// Its template values are made again for each page that shows it, not kept: kept, the
/// dictionaries of every card at every depth were half of a 1,000-case build's memory
/// (33 of 64 MB), and making them is a few microseconds a card.
struct Card: TemplateDirect, Sendable {
    let values: CardValues
    let html: String

    var templateValue: Any {
        var dictionary = TemplateEncoder.encode(values)
        dictionary["html"] = html
        return dictionary
    }
}
