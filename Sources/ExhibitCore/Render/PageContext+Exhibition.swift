/// The exhibition's own pages: the timeline and the print booklet.
extension PageContext {
    /// Cases and their milestones by year, newest first; each milestone links to its case.
    func timeline() -> PageValues {
        let title = strings["timeline"] ?? "Timeline"
        var values = common(kind: "timeline", title: title, description: model.config.description)
        struct Event { var date: CaseDate; var title: String; var caseIndex: Int; var isCase: Bool }
        var events: [Event] = []
        for (i, c) in model.cases.enumerated() {
            events.append(Event(date: c.date, title: c.title, caseIndex: i, isCase: true))
            events += c.milestones.map { Event(date: $0.date, title: $0.title, caseIndex: i, isCase: false) }
        }
        // Newest first; on one date the case comes before its own milestones, then by title.
        events.sort { ($0.date, $0.isCase ? 1 : 0, $1.title, $1.caseIndex) > ($1.date, $1.isCase ? 1 : 0, $0.title, $0.caseIndex) }
        var years: [TimelineValues.Year] = []
        for event in events {
            let c = model.cases[event.caseIndex]
            let entry = TimelineValues.Entry(
                date: DateFormat.display(event.date, language: model.config.language), dateISO: event.date.iso,
                title: event.title, isCase: event.isCase,
                case: TimelineValues.CaseLink(title: c.title, url: url(model.casePath(event.caseIndex)), category: categoryRef(c.category)))
            if years.last?.year != event.date.year { years.append(TimelineValues.Year(year: event.date.year, entries: [])) }
            years[years.count - 1].entries.append(entry)
        }
        values.timeline = TimelineValues(title: title, years: years)
        return values
    }

    /// Contents entries per printed page: the contents must never spill onto a page the
    /// numbering does not expect.
    static let contentsPerPage = 24

    /// Pages before the first case: the cover and the contents pages.
    static func bookletFrontPages(cases: Int) -> Int {
        1 + max(1, (cases + contentsPerPage - 1) / contentsPerPage)
    }

    /// The print edition: a cover, contents, then one case per A4 page.
    func booklet() -> PageValues {
        let title = strings["booklet"] ?? "Booklet"
        var values = common(kind: "booklet", title: title, description: model.config.description)
        let front = Self.bookletFrontPages(cases: model.cases.count)
        let cases = model.cases.indices.map { i in
            let c = model.cases[i]
            let publicURL = absolute(model.casePath(i))
            return BookletValues.CasePage(
                slug: c.slug, title: c.title, url: url(model.casePath(i)),
                date: DateFormat.display(c.date, language: model.config.language), dateISO: c.date.iso,
                category: categoryRef(c.category), summary: c.summary ?? bodies[i].summary,
                metrics: c.metrics.map(metricValue), milestones: c.milestones.map(milestoneValue), partners: c.partners,
                pageNumber: front + i + 1, organization: c.organization.map(organizationValue), cover: coverValue(i),
                publicURL: publicURL, qrSVG: publicURL == nil ? nil : shared.qrCodes[i])
        }
        let contents = stride(from: 0, to: max(cases.count, 1), by: Self.contentsPerPage).map { start in
            BookletValues.ContentsPage(entries: cases[min(start, cases.count)..<min(start + Self.contentsPerPage, cases.count)].map {
                BookletValues.ContentsEntry(title: $0.title, pageNumber: $0.pageNumber, category: $0.category)
            })
        }
        values.booklet = BookletValues(title: title, frontPages: front, caseCount: cases.count, cases: cases,
                                       contentsPages: contents)
        return values
    }
}

extension PageContext {
    /// /search/: the page is the theme's; the results come from search.js and the index.
    func searchPage() -> PageValues {
        common(kind: "search", title: strings["search"] ?? "Search", description: model.config.description)
    }
}
