import ExhibitTemplates

/// `list`: one page of a list of cases (all cases, a category, a tag, an organization).
struct ListValues: TemplateStruct, Sendable {
    var title: String
    var description: String
    /// "cases", "category", "tag" or "organization".
    var kind: String
    var cases: [Card]
    var pagination: Pagination
    var paginated: Bool
    /// The cases of the whole list, not of this page.
    var count: Int
    /// The index the list belongs to (`/tags/` for a tag), nil for all cases.
    var parent: LinkValue?
    /// A category's colour (1…5), for a category's list only.
    var index: Int?
    /// An organization's summed figures (empty on other lists).
    @Flagged var figures: [MetricTotalValue]
    /// An organization's scorecard (/scorecards/<org>/), when its cases report indicators.
    @Flagged var scorecardURL: String? = nil

    struct Pagination: TemplateStruct, Sendable {
        var current: Int
        var total: Int
        @Flagged(flag: "has_previous") var previousURL: String? = nil
        @Flagged(flag: "has_next") var nextURL: String? = nil
        /// The numbers the pager links to, with gaps (`PageContext.pageWindow`).
        var pages: [PagerLink]
    }

    struct PagerLink: TemplateStruct, Sendable {
        /// nil for a gap, which shows "…" (a theme's pager from before `gap` shows it too).
        var number: Int?
        var url: String
        var current: Bool
        var gap: Bool
    }
}

/// `terms`: an index of categories, tags or organizations.
struct TermsValues: Encodable, Sendable {
    var title: String
    /// "categories", "tags" or "organizations".
    var kind: String
    var items: [Item]

    struct Item: Encodable, Sendable {
        var name: String
        var url: String
        var count: Int
        var description: String
    }
}

// Written out (see `TemplateStruct`): a 10,000-case site has thousands of list pages.

extension ListValues {
    static let schema = TemplateSchema([
        "title", "description", "kind", "cases", "pagination", "paginated", "count", "parent", "index", "has_figures",
        "figures", "has_scorecard_url", "scorecard_url",
    ])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["title"] = title
        v["description"] = description
        v["kind"] = kind
        v["cases"] = cases.map(\.templateValue)
        v["pagination"] = pagination.templateValue
        v["paginated"] = paginated
        v["count"] = count
        if let parent { v["parent"] = parent.templateValue }
        if let index { v["index"] = index }
        v.flagged("figures", _figures, value: TemplateEncoder.box(figures))
        v.flagged("scorecard_url", _scorecardURL, value: scorecardURL)
        return v
    }
}

extension ListValues.Pagination {
    static let schema = TemplateSchema(["current", "total", "pages", "has_previous", "previous_url", "has_next", "next_url"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["current"] = current
        v["total"] = total
        v["pages"] = pages.map(\.templateValue)
        v.flagged("previous_url", _previousURL, value: previousURL)
        v.flagged("next_url", _nextURL, value: nextURL)
        return v
    }
}

extension ListValues.PagerLink {
    static let schema = TemplateSchema(["number", "url", "current", "gap"])

    /// Written out, as the list pages' other values are: encoded through `Codable`, the
    /// links of the pager were a third of the values of a list page.
    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        // A gap's number is written "…".
        if let number { v["number"] = number } else { v["number"] = "…" }
        v["url"] = url
        v["current"] = current
        v["gap"] = gap
        return v
    }
}
