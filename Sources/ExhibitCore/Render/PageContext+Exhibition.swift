/// The exhibition's own pages: the timeline and the print booklet.
extension PageContext {
    /// Cases and their milestones by year, newest first; each milestone links to its case.
    func timeline() -> [String: Any] {
        let title = strings["timeline"] ?? "Timeline"
        var context = common(kind: "timeline", title: title, description: model.config.description)
        struct Entry { var date: CaseDate; var title: String; var caseIndex: Int; var isCase: Bool }
        var entries: [Entry] = []
        for (i, c) in model.cases.enumerated() {
            entries.append(Entry(date: c.date, title: c.title, caseIndex: i, isCase: true))
            entries += c.milestones.map { Entry(date: $0.date, title: $0.title, caseIndex: i, isCase: false) }
        }
        // Newest first; on one date the case comes before its own milestones, then by title.
        entries.sort { ($0.date, $0.isCase ? 1 : 0, $1.title, $1.caseIndex) > ($1.date, $1.isCase ? 1 : 0, $0.title, $0.caseIndex) }
        var years: [[String: Any]] = []
        var current: (year: Int, items: [[String: Any]])?
        for entry in entries {
            let c = model.cases[entry.caseIndex]
            let item: [String: Any] = [
                "date": DateFormat.display(entry.date, language: model.config.language), "date_iso": entry.date.iso,
                "title": entry.title, "is_case": entry.isCase,
                "case": ["title": c.title, "url": url(model.casePath(entry.caseIndex)), "category": categoryRef(c.category)],
            ]
            if current?.year != entry.date.year {
                if let done = current { years.append(["year": done.year, "entries": done.items]) }
                current = (entry.date.year, [])
            }
            current!.items.append(item)
        }
        if let done = current { years.append(["year": done.year, "entries": done.items]) }
        context["timeline"] = ["title": title, "years": years, "has_years": !years.isEmpty] as [String: Any]
        return context
    }

    /// Contents entries per printed page: the contents must never spill onto a page the
    /// numbering does not expect.
    static let contentsPerPage = 24

    /// Pages before the first case: the cover and the contents pages.
    static func bookletFrontPages(cases: Int) -> Int {
        1 + max(1, (cases + contentsPerPage - 1) / contentsPerPage)
    }

    /// The print edition: a cover, contents, then one case per A4 page.
    func booklet() -> [String: Any] {
        let title = strings["booklet"] ?? "Booklet"
        var context = common(kind: "booklet", title: title, description: model.config.description)
        let front = Self.bookletFrontPages(cases: model.cases.count)
        let cases: [[String: Any]] = model.cases.indices.map { i in
            let c = model.cases[i]
            var value: [String: Any] = [
                "slug": c.slug, "title": c.title, "url": url(model.casePath(i)),
                "date": DateFormat.display(c.date, language: model.config.language), "date_iso": c.date.iso,
                "category": categoryRef(c.category), "summary": c.summary ?? bodies[i].summary,
                "metrics": c.metrics.map(metricValue), "has_metrics": !c.metrics.isEmpty,
                "milestones": c.milestones.map { ["date": DateFormat.display($0.date, language: model.config.language),
                                                  "date_iso": $0.date.iso, "title": $0.title] },
                "has_milestones": !c.milestones.isEmpty,
                "partners": c.partners, "has_partners": !c.partners.isEmpty,
                "page_number": front + i + 1,
            ]
            if let org = c.organization { value["organization"] = organizationValue(org) }
            if let cover = coverValue(i) { value["cover"] = cover }
            if let publicURL = absolute(model.casePath(i)) {
                value["public_url"] = publicURL
                if let qr = shared.qrCodes[i] { value["qr_svg"] = qr }
            }
            return value
        }
        let contents: [[String: Any]] = stride(from: 0, to: max(cases.count, 1), by: Self.contentsPerPage).map { start in
            ["entries": cases[min(start, cases.count)..<min(start + Self.contentsPerPage, cases.count)].map {
                ["title": $0["title"]!, "page_number": $0["page_number"]!, "category": $0["category"]!]
            }]
        }
        context["booklet"] = [
            "title": title, "front_pages": front, "case_count": cases.count, "cases": cases,
            "contents_pages": contents,
        ] as [String: Any]
        return context
    }
}

extension PageContext {
    /// /search/: the page is the theme's; the results come from search.js and the index.
    func searchPage() -> [String: Any] {
        common(kind: "search", title: strings["search"] ?? "Search", description: model.config.description)
    }
}
