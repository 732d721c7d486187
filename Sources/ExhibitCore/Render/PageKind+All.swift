/// The page kinds of a site, in the order their pages are planned (the order decides
/// nothing visible but which of two pages with one output path wins, and it is kept as
/// it was).
extension PageKind {
    static let all: [PageKind] = [
        PageKind(template: "home", noun: "home page", folder: "",
                 menu: (1, "home", "Home")) { $0.home() },
        // Not reserved, as before: a free page `404` would be published at 404.html.
        PageKind(template: "404", noun: "404 page", folder: "404/", reserves: [],
                 linksFromAnyPath: true) { $0.notFound() },
        PageKind(template: "timeline", noun: "timeline page", reserves: ["timeline"],
                 menu: MenuEntry(position: 4, string: "timeline", fallback: "Timeline", target: "timeline/"),
                 pages: { model, _ in
                     // The newest year at timeline/, each older one at timeline/<year>/.
                     let years = TimelineEvents.years(in: model)
                     guard let newest = years.first else { return [("timeline/", .year(0))] }
                     return [("timeline/", .year(newest))] + years.dropFirst().map { ("timeline/\($0)/", .year($0)) }
                 },
                 values: { page, subject in
                     guard case .year(let year) = subject else { preconditionFailure("planned as a year") }
                     return page.timeline(year: year)
                 },
                 // The specimen cases' milestones are in 2023.
                 specimen: .year(2023)),
        PageKind(template: "booklet", noun: "booklet page", folder: "booklet/",
                 menu: (6, "booklet", "Booklet")) { $0.booklet() },
        PageKind(template: "dashboard", noun: "dashboard page", folder: "dashboard/",
                 menu: (5, "dashboard", "Dashboard")) { $0.dashboard() },
        PageKind(template: "scorecard", noun: "scorecard page", reserves: ["scorecards"],
                 pages: { model, _ in
                     PageContext.scorecardOrganizations(model).map { ("scorecards/\(model.organizations[$0].slug)/", .index($0)) }
                 },
                 values: { page, subject in
                     guard case .index(let i) = subject else { preconditionFailure("planned with an index") }
                     return page.scorecard(i)
                 },
                 specimen: .index(0), followsTerms: true),
        PageKind(template: "map", noun: "map page", reserves: ["map"],
                 pages: { model, _ in PageContext.hasMap(model) ? [("map/", .site)] : [] },
                 values: { page, _ in page.mapPage() },
                 specimen: .site),
        PageKind(template: "place", noun: "place page", reserves: ["places"],
                 pages: { model, _ in PageContext.placeProvinces(model).map { ("places/\(Province.all[$0].slug)/", .index($0)) } },
                 values: { page, subject in
                     guard case .index(let i) = subject else { preconditionFailure("planned with an index") }
                     return page.placePage(i)
                 },
                 specimen: .index(12)),
        PageKind(template: "search", noun: "search page", folder: "search/") { $0.searchPage() },
        // Not in the menu: the hall screen's loop is opened on the screen itself.
        PageKind(template: "kiosk", noun: "kiosk page", folder: "kiosk/") { $0.kiosk() },
        PageKind(template: "case", noun: "case page", reserves: ["cases"],
                 pages: { model, _ in model.cases.indices.map { (model.casePath($0), .index($0)) } },
                 values: { page, subject in
                     guard case .index(let i) = subject else { preconditionFailure("planned with an index") }
                     return page.casePage(i)
                 },
                 specimen: .index(1), source: { model, i in model.cases[i].sourcePath }),
        PageKind(template: "page", noun: "free page", reserves: [],
                 pages: { model, _ in model.pages.indices.map { ("\(model.pages[$0].slug)/", .index($0)) } },
                 values: { page, subject in
                     guard case .index(let i) = subject else { preconditionFailure("planned with an index") }
                     return page.freePage(page.model.pages[i], body: page.pageBodies[i])
                 },
                 specimen: .index(0), source: { model, i in model.pages[i].sourcePath }),
        PageKind(template: "list", noun: "list page", reserves: ["cases", "categories", "tags", "organizations"],
                 menu: MenuEntry(position: 2, string: "all_cases", fallback: "Cases", target: "cases/"),
                 pages: listPages,
                 values: { page, subject in
                     guard case .list(let kind, let title, let description, let cases, let base, let n, let count, let all) = subject else {
                         preconditionFailure("planned as a list")
                     }
                     return page.list(kind: kind, title: title, description: description, cases: cases, base: base, page: n, pageCount: count, all: all)
                 },
                 specimen: .list(kind: "cases", title: "Cases", description: "", cases: [0, 1], base: "cases/", page: 2, pages: 3, all: [0, 1]),
                 followsTerms: true),
        PageKind(template: "terms", noun: "index page", reserves: ["categories", "tags", "organizations"],
                 menu: MenuEntry(position: 3, string: "categories", fallback: "Categories", target: "categories/"),
                 pages: termPages,
                 values: { page, subject in
                     guard case .terms(let kind, let title, let items) = subject else { preconditionFailure("planned as terms") }
                     return page.terms(kind: kind, title: title, items: items)
                 },
                 specimen: .terms(kind: "tags", title: "Tags", items: [PageRenderer.TermItem(name: "tag", url: "tags/tag/", count: 3, description: "")]),
                 followsTerms: true),
    ]

    /// Every list of cases, `per_page` cases a page: all cases, then each category, tag
    /// and organization.
    private static func listPages(model: SiteModel, strings t: [String: String]) -> [(directory: String, subject: Subject)] {
        var pages: [(directory: String, subject: Subject)] = []
        func paginate(kind: String, title: String, description: String, cases: [Int], base: String) {
            let per = max(1, model.config.perPage)
            let count = max(1, (cases.count + per - 1) / per)
            for n in 1...count {
                let slice = Array(cases[min(cases.count, (n - 1) * per)..<min(cases.count, n * per)])
                pages.append((n == 1 ? base : "\(base)page/\(n)/",
                              .list(kind: kind, title: title, description: description, cases: slice, base: base, page: n, pages: count, all: cases)))
            }
        }
        paginate(kind: "cases", title: t["all_cases"] ?? "Cases", description: model.config.description,
                 cases: Array(model.cases.indices), base: "cases/")
        for c in model.config.categories {
            paginate(kind: "category", title: c.name, description: c.description,
                     cases: model.casesByCategory[c.id] ?? [], base: TermFolders.category(c.id))
        }
        for term in model.tags {
            paginate(kind: "tag", title: term.name, description: "", cases: term.cases, base: TermFolders.tag(term.slug))
        }
        for term in model.organizations {
            paginate(kind: "organization", title: term.name, description: "", cases: term.cases, base: TermFolders.organization(term.slug))
        }
        return pages
    }

    /// The indexes of categories, tags and organizations.
    private static func termPages(model: SiteModel, strings t: [String: String]) -> [(directory: String, subject: Subject)] {
        typealias Item = PageRenderer.TermItem
        return [
            ("categories/", .terms(kind: "categories", title: t["categories"] ?? "Categories",
                items: model.config.categories.map { Item(name: $0.name, url: TermFolders.category($0.id),
                                                          count: model.casesByCategory[$0.id]?.count ?? 0, description: $0.description) })),
            ("tags/", .terms(kind: "tags", title: t["tags"] ?? "Tags",
                items: model.tags.map { Item(name: $0.name, url: TermFolders.tag($0.slug), count: $0.cases.count, description: "") })),
            ("organizations/", .terms(kind: "organizations", title: t["organizations"] ?? "Organizations",
                items: model.organizations.map { Item(name: $0.name, url: TermFolders.organization($0.slug), count: $0.cases.count, description: "") })),
        ]
    }
}
