import Foundation

/// The exhibition's own pages: the timeline and the print booklet.
extension PageContext {
    /// One year of the timeline (`year`; 0 for a site without cases), with links to the
    /// other years; each event links to its case.
    func timeline(year: Int) -> PageValues {
        let title = strings["timeline"] ?? "Timeline"
        let all = shared.timeline.get
        let years = all.years
        let pageTitle = year == years.first || year == 0 ? title : "\(title) \(year)"
        var values = common(kind: "timeline", title: pageTitle, description: model.config.description, menuCurrent: "timeline/")
        let entries = (all.byYear[year] ?? []).map { event in
            let c = model.cases[event.caseIndex]
            return TimelineValues.Entry(
                date: DateFormat.display(event.date, language: model.config.language), dateISO: event.date.iso,
                title: event.title, isCase: event.isCase,
                case: TimelineValues.CaseLink(title: c.title, url: url(model.casePath(event.caseIndex)), category: categoryRef(c.category)))
        }
        values.timeline = TimelineValues(
            title: title, year: year,
            years: years.map { y in
                TimelineValues.YearLink(year: y, url: url(y == years.first ? "timeline/" : "timeline/\(y)/"), current: y == year)
            },
            entries: entries)
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
        let page = self
        let casePage = { @Sendable (i: Int) -> BookletValues.CasePage in
            let model = page.model, c = model.cases[i]
            let publicURL = page.absolute(model.casePath(i)), shown = page.shown(i)
            return BookletValues.CasePage(
                slug: c.slug, title: c.title, url: page.url(model.casePath(i)),
                date: shown.date, dateISO: c.date.iso,
                category: page.categoryRef(c.category), summary: c.summary ?? page.bodies[i].summary,
                metrics: shown.metrics, milestones: shown.milestones, partners: c.partners,
                pageNumber: front + i + 1, organization: c.organization.map(page.organizationValue), cover: page.coverValue(i, print: true),
                publicURL: publicURL, qrSVG: publicURL == nil ? nil : page.shared.qrCodes[i])
        }
        let count = model.cases.count
        let contents = stride(from: 0, to: max(count, 1), by: Self.contentsPerPage).map { start in
            BookletValues.ContentsPage(entries: (min(start, count)..<min(start + Self.contentsPerPage, count)).map { i in
                BookletValues.ContentsEntry(title: model.cases[i].title, pageNumber: front + i + 1,
                                            category: categoryRef(model.cases[i].category))
            })
        }
        let printed = isSpecimen ? [PrintedBooklet(name: "booklet.pdf", file: URL(fileURLWithPath: "/booklet.pdf"), bytes: 1_048_576, volume: 1)] : shared.printed
        values.booklet = BookletValues(title: title, frontPages: front, caseCount: count,
                                       cases: LazyValues(count: count, make: casePage), contentsPages: contents,
                                       pdfs: printed.map { pdf in
                                           BookletValues.PDFLink(name: pdf.name, url: url(pdf.output), volume: pdf.volume,
                                                                 size: String(format: "%.1f MB", Double(pdf.bytes) / 1_048_576))
                                       })
        return values
    }
}

extension PageContext {
    /// /search/: the page is the theme's; the results come from search.js and the index.
    func searchPage() -> PageValues {
        common(kind: "search", title: strings["search"] ?? "Search", description: model.config.description)
    }
}
