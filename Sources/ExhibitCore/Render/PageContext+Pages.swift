/// The values of each kind of page.
extension PageContext {
    func home() -> PageValues {
        var values = common(kind: "home", title: model.config.title, description: model.config.description)
        let all = model.cases.indices.filter { model.cases[$0].featured }
        let featured = all.prefix(Self.featuredShown(all.count))
        let partners = Set(model.cases.flatMap(\.partners))
        let page = Reference(self)
        values.home = HomeValues(
            figures: SiteFigures(cases: model.cases.count, organizations: model.organizations.count,
                                 partners: partners.count, categories: model.config.categories.count),
            // The newest cases the featured row does not already show.
            featured: cards(featured, of: page), latest: cards(model.cases.indices.filter { !featured.contains($0) }.prefix(6), of: page),
            headline: headline(),
            preface: prefaceValue(), hero: heroValue())
        return values
    }

    /// The free page `preface` (前言), which the home page shows after the hero.
    static let prefaceSlug = "preface"

    func prefaceValue() -> HomeValues.Preface? {
        guard let i = model.pages.firstIndex(where: { $0.slug == Self.prefaceSlug }) ?? (isSpecimen ? 0 : nil),
              let body = prefaceBody ?? (isSpecimen ? pageBodies.first : nil) else { return nil }
        return HomeValues.Preface(title: model.pages[i].title, body: body.html.string, url: url("\(model.pages[i].slug)/"))
    }

    /// How many featured cases the home page shows, newest first: rows that fill the grid
    /// of 1, 2 and 3 columns (6; 4, which the theme lays two by two), never a case alone in
    /// a last row of a 3-column grid (a corpus of 300 cases has 30 featured).
    static func featuredShown(_ count: Int) -> Int {
        count >= 6 ? 6 : count >= 4 ? 4 : count
    }

    func casePage(_ index: Int) -> PageValues {
        let c = model.cases[index]
        let body = bodies[index]
        let description = c.summary ?? body.summary
        let image = coverOutputPath(index).flatMap(absolute) ?? (c.cover.flatMap { LinkResolver.hasScheme($0) ? $0 : nil })
        let publicURL = absolute(model.casePath(index))
        let page = Reference(self)
        var values = common(kind: "case", title: c.title, description: description, menuCurrent: "cases/",
                            ogType: "article", image: image,
                            jsonLD: StructuredData.article(c, url: publicURL, image: image, description: description, site: model.config))
        let shown = shown(index)
        values.case = CaseValues(
            title: c.title, date: shown.date,
            dateISO: c.date.iso, year: c.date.year, category: categoryRef(c.category),
            partners: c.partners, tags: c.tags.map(tagValue), summary: description,
            metrics: shown.metrics, milestones: shown.milestones,
            body: body.html, toc: tocValue(body), readingMinutes: body.readingMinutes, characters: body.characters,
            related: cards(model.related[index], of: page), url: url(model.casePath(index)),
            extra: ExtraValues(pairs: c.extra), organization: c.organization.map(organizationValue),
            place: c.location.map(placeRef), cover: coverValue(index), pattern: Self.coverPattern(c.slug), publicURL: publicURL, qrSVG: publicURL == nil ? nil : shared.qrCodes[index],
            // Cases are newest first: the previous (older) one is the next index.
            previous: index + 1 < model.cases.count ? Self.linkCard(index + 1, of: page) : nil,
            next: index > 0 ? Self.linkCard(index - 1, of: page) : nil,
            gallery: galleryValues(index))
        return values
    }

    func tocValue(_ body: CaseBody) -> [TocEntry] {
        body.toc.map { TocEntry(level: $0.level, title: $0.title, id: $0.id) }
    }

    /// One page of a paginated list; `base` is the list's first page (`tags/x/`).
    func list(kind: String, title: String, description: String, cases: [Int], base: String,
              page: Int, pageCount: Int, all: [Int]) -> PageValues {
        var values = common(kind: "list", title: page > 1 ? "\(title) (\(page)/\(pageCount))" : title,
                            description: description, menuCurrent: base)
        func pageURL(_ n: Int) -> String { url(n == 1 ? base : "\(base)page/\(n)/") }
        let pagination = ListValues.Pagination(
            current: page, total: pageCount,
            previousURL: page > 1 ? pageURL(page - 1) : nil, nextURL: page < pageCount ? pageURL(page + 1) : nil,
            pages: Self.pageWindow(page: page, count: pageCount).map { n in
                guard let n else { return ListValues.PagerLink(number: nil, url: "", current: false, gap: true) }
                return ListValues.PagerLink(number: n, url: pageURL(n), current: n == page, gap: false)
            })
        values.list = ListValues(title: title, description: description, kind: kind, cases: cards(cases),
                                 pagination: pagination, paginated: pageCount > 1, count: all.count,
                                 parent: listParent(kind), index: isSpecimen ? 1 : kind == "category" ? categoryIndex(base) : nil,
                                 figures: isSpecimen ? listFigures(all)
                                    : kind == "organization" ? shared.listFigures.value(base) { listFigures(all) } : [])
        // An organization's list and its scorecard share the slug (`organizations/<slug>/`).
        let slug = base.dropFirst("organizations/".count)
        let scorecard = "scorecards/" + slug
        if isSpecimen || (kind == "organization" && shared.scorecards.get.contains(String(slug.dropLast()))) {
            values.list?.scorecardURL = url(scorecard)
        }
        return values
    }

    /// The index a tag, category or organization page belongs to, for its breadcrumb and
    /// marker: the list of all cases has none (it is the top of the trail).
    func listParent(_ kind: String) -> LinkValue? {
        switch kind {
        case "category": return LinkValue(name: strings["categories"] ?? "Categories", url: url("categories/"))
        case "tag": return LinkValue(name: strings["tags"] ?? "Tags", url: url("tags/"))
        case "organization": return LinkValue(name: strings["organizations"] ?? "Organizations", url: url("organizations/"))
        default: return isSpecimen ? LinkValue(name: "Tags", url: url("tags/")) : nil
        }
    }

    /// The colour index of the category whose list starts at `base` (`categories/x/`).
    func categoryIndex(_ base: String) -> Int? {
        let id = base.split(separator: "/").dropFirst().first.map(String.init) ?? ""
        return model.config.categories.contains { $0.id == id } ? categoryRef(id).index : nil
    }

    /// What an organization's cases add up to (sums only, the largest four), with the
    /// dashboard's rules: one (label, unit) a sum, rates never summed.
    func listFigures(_ cases: [Int]) -> [MetricTotalValue] {
        // The totals alone: the counts of categories, years, organizations and partners
        // that a `Figures` also makes are not shown on a list.
        let groups = shared.metricGroups?.get ?? MetricGroups(cases: model.cases, rateLabels: model.config.summedNever)
        let metrics = Figures.totals(cases, of: model.cases, groups: groups)
        let sums = metrics.filter { ($0.total ?? 0) > 0 }.prefix(Figures.headlineCount).map(metricTotalValue)
        // The template check resolves names against the specimen: it needs one entry.
        return sums.isEmpty && isSpecimen ? [MetricTotalValue(label: "x", unit: "x", value: "1", cases: 1)] : sums
    }

    /// The page numbers a pager links to: the first, the last and two either side of
    /// `page`, with nil for each gap (shown as "…"), as Hugo's and Zola's pagers do. A gap
    /// of one number shows the number instead. Listing every page made each page of a
    /// 10,000-case list carry 834 links: a quadratic build and a useless pager.
    static func pageWindow(page: Int, count: Int, around: Int = 2) -> [Int?] {
        let count = max(count, 1)
        var numbers = Set([1, count])
        for n in (page - around)...(page + around) where (1...count).contains(n) { numbers.insert(n) }
        var result: [Int?] = []
        var last = 0
        for n in numbers.sorted() {
            if n == last + 2 { result.append(last + 1) } else if n > last + 2 { result.append(nil) }
            result.append(n)
            last = n
        }
        return result
    }

    func terms(kind: String, title: String, items: [PageRenderer.TermItem]) -> PageValues {
        var values = common(kind: "terms", title: title, description: title)
        values.terms = TermsValues(title: title, kind: kind, items: items.map {
            TermsValues.Item(name: $0.name, url: url($0.url), count: $0.count, description: $0.description)
        })
        return values
    }

    func freePage(_ page: FreePage, body: CaseBody) -> PageValues {
        var values = common(kind: "page", title: page.title, description: page.summary ?? body.summary)
        values.article = ArticleValues(title: page.title, body: body.html.string, toc: tocValue(body))
        return values
    }

    func notFound() -> PageValues {
        common(kind: "404", title: strings["not_found"] ?? "404", description: "")
    }
}
