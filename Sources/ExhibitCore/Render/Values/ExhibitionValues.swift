import ExhibitTemplates

/// `timeline`: one year of milestones, newest first, and links to every year.
struct TimelineValues: TemplateStruct, Sendable {
    var title: String
    /// The year this page shows.
    var year: Int
    @Flagged var years: [YearLink]
    @Flagged var entries: [Entry]

    struct YearLink: TemplateStruct, Sendable {
        var year: Int
        var url: String
        /// The year this page shows.
        var current: Bool
    }

    struct Entry: TemplateStruct, Sendable {
        var date: String
        var dateISO: String
        var title: String
        /// The case's own date, for a case without milestones.
        var isCase: Bool
        var `case`: CaseLink
    }

    struct CaseLink: TemplateStruct, Sendable {
        var title: String
        var url: String
        var category: CategoryRef
    }
}

/// `booklet`: the print edition.
struct BookletValues: TemplateStruct, Sendable {
    var title: String
    /// Pages before the first case: the cover and the contents.
    var frontPages: Int
    var caseCount: Int
    /// Made one at a time as the page is written (`LazyValues`).
    var cases: LazyValues<CasePage>
    var contentsPages: [ContentsPage]
    /// The PDFs of `exhibit print`, when it was run before the build.
    @Flagged var pdfs: [PDFLink] = []

    struct PDFLink: TemplateStruct, Sendable {
        var name: String
        var url: String
        /// 0 for a booklet in one volume.
        var volume: Int
        /// `2.4 MB`.
        var size: String
    }

    struct CasePage: TemplateStruct, Sendable {
        var slug: String
        var title: String
        var url: String
        var date: String
        var dateISO: String
        var category: CategoryRef
        var summary: String
        @Flagged var metrics: [MetricValue]
        @Flagged var milestones: [MilestoneValue]
        @Flagged var partners: [String]
        var pageNumber: Int
        var organization: LinkValue?
        var cover: CoverValue?
        var publicURL: String?
        var qrSVG: String?
    }

    struct ContentsPage: TemplateStruct, Sendable {
        var entries: [ContentsEntry]
    }

    struct ContentsEntry: TemplateStruct, Sendable {
        var title: String
        var pageNumber: Int
        var category: CategoryRef
    }
}

/// `dashboard`: the figures of all cases, as charts and tables.
struct DashboardValues: Encodable, Sendable {
    var title: String
    var figures: SiteFigures
    var charts: [Chart]
    /// The figures it leads with (reported by several cases, or marked `headline`):
    /// those that add up, and rates and scores, which never do.
    @Flagged var sums: [MetricTotalValue]
    @Flagged var rates: [MetricTotalValue]
    /// Figures one case alone reports, in a table with their case.
    @Flagged var singles: [Single]
    /// The indicator framework's dimensions, each with the indicators its cases report.
    @Flagged var dimensions: [DimensionValue]
    /// Each organization's scorecard.
    @Flagged var scorecards: [LinkValue]
    /// /map/, when a case says where it happened.
    @Flagged var mapURL: String?
    var downloads: Downloads

    struct Single: Encodable, Sendable {
        var label: String
        var value: String
        var unit: String
        var `case`: CaseLink
    }

    struct CaseLink: Encodable, Sendable {
        var title: String
        var url: String
    }

    struct Chart: Encodable, Sendable {
        var id: String
        var title: String
        var description: String
        var svg: String
        /// The chart's numbers as a table.
        var rows: [Row]
    }

    struct Row: Encodable, Sendable {
        var label: String
        var value: String
    }

    struct Downloads: Encodable, Sendable {
        var json: String
        var csv: String
        /// `data/indicators.csv`, when the site has an indicator framework.
        var indicators: String?
    }
}

// Written out (see `TemplateStruct`) as records (see `TemplateRecord`): one of each per case.

extension TimelineValues.Entry {
    static let schema = TemplateSchema(["date", "date_iso", "title", "is_case", "case"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["date"] = date
        v["date_iso"] = dateISO
        v["title"] = title
        v["is_case"] = isCase
        v["case"] = `case`.templateValue
        return v
    }
}

extension TimelineValues.CaseLink {
    static let schema = TemplateSchema(["title", "url", "category"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["title"] = title
        v["url"] = url
        v["category"] = category.templateValue
        return v
    }
}

extension BookletValues.CasePage {
    static let schema = TemplateSchema([
        "slug", "title", "url", "date", "date_iso", "category", "summary", "has_metrics", "metrics", "has_milestones",
        "milestones", "has_partners", "partners", "page_number", "organization", "cover", "public_url", "qr_svg",
    ])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["slug"] = slug
        v["title"] = title
        v["url"] = url
        v["date"] = date
        v["date_iso"] = dateISO
        v["category"] = category.templateValue
        v["summary"] = summary
        v.flagged("metrics", _metrics, value: metrics.map(\.templateValue))
        v.flagged("milestones", _milestones, value: milestones.map(\.templateValue))
        v.flagged("partners", _partners, value: partners as [Any])
        v["page_number"] = pageNumber
        if let organization { v["organization"] = organization.templateValue }
        if let cover { v["cover"] = cover.templateValue }
        if let publicURL { v["public_url"] = publicURL }
        if let qrSVG { v["qr_svg"] = qrSVG }
        return v
    }
}

// The timeline and the booklet: a 10,000-case site's timeline pages list every case and
// milestone, and its booklet's contents every case; through `TemplateEncoder`'s `Codable`
// containers their values took 0.2 s of its build's CPU.

extension TimelineValues {
    static let schema = TemplateSchema(["title", "year", "has_years", "years", "has_entries", "entries"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["title"] = title
        v["year"] = year
        v.flagged("years", _years, value: years.map(\.templateValue))
        v.flagged("entries", _entries, value: entries.map(\.templateValue))
        return v
    }
}

extension TimelineValues.YearLink {
    static let schema = TemplateSchema(["year", "url", "current"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["year"] = year
        v["url"] = url
        v["current"] = current
        return v
    }
}

extension BookletValues {
    static let schema = TemplateSchema(["title", "front_pages", "case_count", "cases", "contents_pages", "has_pdfs", "pdfs"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["title"] = title
        v["front_pages"] = frontPages
        v["case_count"] = caseCount
        v["cases"] = cases.templateValue
        v["contents_pages"] = contentsPages.map(\.templateValue)
        v.flagged("pdfs", _pdfs, value: pdfs.map(\.templateValue))
        return v
    }
}

extension BookletValues.PDFLink {
    static let schema = TemplateSchema(["name", "url", "volume", "size"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["name"] = name
        v["url"] = url
        v["volume"] = volume
        v["size"] = size
        return v
    }
}

extension BookletValues.ContentsPage {
    static let schema = TemplateSchema(["entries"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["entries"] = entries.map(\.templateValue)
        return v
    }
}

extension BookletValues.ContentsEntry {
    static let schema = TemplateSchema(["title", "page_number", "category"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["title"] = title
        v["page_number"] = pageNumber
        v["category"] = category.templateValue
        return v
    }
}
