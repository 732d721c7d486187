import ExhibitTemplates

/// A case as a list shows it: the names `partials/case-card` sees (besides root, site
/// and t).
struct CardValues: TemplateStruct, Sendable {
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

extension CardValues {
    /// Every name a card's values can have: those of a card with every optional present.
    /// A name outside them is looked up past the card without making its values.
    static let names = Set(TemplateEncoder.encode(specimen).keys)

    static let specimen = CardValues(
        title: "", url: "", date: "", dateISO: "", year: 0, summary: "", category: CategoryRef(id: "", name: "", url: "", index: 1),
        tags: [], metrics: [], featured: false, readingMinutes: 0, organization: LinkValue(name: "", url: ""),
        cover: CoverValue(url: "", alt: ""), pattern: 1, moreTags: 1)
}

/// A card on a page: `html`, the card partial rendered once per case (`CardRenderer`)
/// and shared by every page that shows it, and the card's values, made only when the
/// page's template reads one of them (`TemplateKeyed`): the built-in lists show `html`
/// alone, and the links to the previous and next case read only `title` and `url`,
/// given with it.
///
/// The values are not kept with the html: kept, the dictionaries of every card at every
/// depth were half of a 1,000-case build's memory (33 of 64 MB), and the typed values
/// were still 35 MB of a 10,000-case build.
struct Card: TemplateDirect, Sendable {
    /// The partial rendered for the case, made when the page is encoded; for a link, when
    /// the template reads it: the built-in case page reads only `title` and `url` of its
    /// previous and next cases, and putting their cards together for every case page
    /// was 1 % of a 10,000-case build.
    let html: @Sendable () -> TemplateJoinedText
    /// The card's `title` and `url`, given when the page reads them (a previous or next link).
    let link: (title: String, url: String)?
    let values: @Sendable () -> CardValues

    /// The names a link's lazy part can make: the card's values and its `html`.
    static let linkNames = CardValues.names.union(["html"])

    var templateValue: Any {
        let values = self.values
        guard let link else {
            return TemplateKeyed(["html": html()], names: CardValues.names) { TemplateEncoder.encode(values()) }
        }
        let html = self.html
        return TemplateKeyed(["title": link.title, "url": link.url], names: Self.linkNames) {
            var made = TemplateEncoder.encode(values())
            made["html"] = html()
            return made
        }
    }
}

extension CardValues {
    static let schema = TemplateSchema([
        "title", "url", "date", "date_iso", "year", "summary", "category", "tags", "metrics", "featured", "reading_minutes",
        "organization", "cover", "pattern", "more_tags",
    ])

    /// Written out (see `TemplateStruct`): every case's card is made at each depth.
    var templateValue: Any { record }

    var record: TemplateRecord {
        var v = TemplateRecord(Self.schema)
        v["title"] = title
        v["url"] = url
        v["date"] = date
        v["date_iso"] = dateISO
        v["year"] = year
        v["summary"] = summary
        v["category"] = category.templateValue
        v["tags"] = tags.map(\.templateValue)
        v["metrics"] = metrics.map(\.templateValue)
        v["featured"] = featured
        v["reading_minutes"] = readingMinutes
        if let organization { v["organization"] = organization.templateValue }
        if let cover { v["cover"] = cover.templateValue }
        v["pattern"] = pattern
        if let moreTags { v["more_tags"] = moreTags }
        return v
    }
}
