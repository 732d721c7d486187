/// The context of each kind of page.
extension PageContext {
    func home() -> [String: Any] {
        var context = common(kind: "home", title: model.config.title, description: model.config.description)
        let featured = model.cases.indices.filter { model.cases[$0].featured }
        let partners = Set(model.cases.flatMap(\.partners))
        context["home"] = [
            "figures": ["cases": model.cases.count, "organizations": model.organizations.count,
                        "partners": partners.count, "categories": model.config.categories.count],
            "featured": featured.map(card), "has_featured": !featured.isEmpty,
            "latest": model.cases.indices.prefix(6).map(card),
            "headline": headline(), "has_headline": !shared.figures.get.headline.isEmpty,
        ] as [String: Any]
        return context
    }

    func casePage(_ index: Int) -> [String: Any] {
        let c = model.cases[index]
        let body = bodies[index]
        let description = c.summary ?? body.summary
        let image = coverOutputPath(index).flatMap(absolute) ?? (c.cover.flatMap { LinkResolver.hasScheme($0) ? $0 : nil })
        let publicURL = absolute(model.casePath(index))
        var context = common(kind: "case", title: c.title, description: description, menuCurrent: "cases/",
                             ogType: "article", image: image,
                             jsonLD: StructuredData.article(c, url: publicURL, image: image, description: description, site: model.config))
        var value: [String: Any] = [
            "title": c.title, "date": DateFormat.display(c.date, language: model.config.language),
            "date_iso": c.date.iso, "year": c.date.year, "category": categoryRef(c.category),
            "partners": c.partners, "has_partners": !c.partners.isEmpty, "tags": c.tags.map(tagValue),
            "summary": c.summary ?? body.summary,
            "metrics": c.metrics.map(metricValue), "has_metrics": !c.metrics.isEmpty,
            "milestones": c.milestones.map { ["date": DateFormat.display($0.date, language: model.config.language),
                                              "date_iso": $0.date.iso, "title": $0.title] },
            "has_milestones": !c.milestones.isEmpty,
            "body": body.html, "toc": tocValue(body), "has_toc": body.toc.count >= 3,
            "reading_minutes": body.readingMinutes, "characters": body.characters,
            "related": model.related[index].map(card), "has_related": !model.related[index].isEmpty,
            "url": url(model.casePath(index)),
            "extra": Dictionary(c.extra.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { a, _ in a }),
        ]
        if let org = c.organization { value["organization"] = organizationValue(org) }
        if let cover = coverValue(index) { value["cover"] = cover }
        if let publicURL {
            value["public_url"] = publicURL
            if let qr = shared.qrCodes[index] { value["qr_svg"] = qr }
        }
        // Cases are newest first: the previous (older) one is the next index.
        if index + 1 < model.cases.count { value["previous"] = card(index + 1) }
        if index > 0 { value["next"] = card(index - 1) }
        context["case"] = value
        return context
    }

    func tocValue(_ body: CaseBody) -> [[String: Any]] {
        body.toc.map { ["level": $0.level, "title": $0.title, "id": $0.id] }
    }

    /// One page of a paginated list; `base` is the list's first page (`tags/x/`).
    func list(kind: String, title: String, description: String, cases: [Int], base: String,
              page: Int, pageCount: Int) -> [String: Any] {
        var context = common(kind: "list", title: page > 1 ? "\(title) (\(page)/\(pageCount))" : title,
                             description: description, menuCurrent: base)
        func pageURL(_ n: Int) -> String { url(n == 1 ? base : "\(base)page/\(n)/") }
        var pagination: [String: Any] = [
            "current": page, "total": pageCount, "has_previous": page > 1, "has_next": page < pageCount,
            "pages": Self.pageWindow(page: page, count: pageCount).map { n -> [String: Any] in
                // A theme's pager written before `gap` existed shows "…" here, not "0".
                guard let n else { return ["number": "…", "url": "", "current": false, "gap": true] }
                return ["number": n, "url": pageURL(n), "current": n == page, "gap": false]
            },
        ]
        if page > 1 { pagination["previous_url"] = pageURL(page - 1) }
        if page < pageCount { pagination["next_url"] = pageURL(page + 1) }
        context["list"] = [
            "title": title, "description": description, "kind": kind, "cases": cases.map(card),
            "pagination": pagination, "paginated": pageCount > 1,
        ] as [String: Any]
        return context
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

    func terms(kind: String, title: String, items: [(name: String, url: String, count: Int, description: String)]) -> [String: Any] {
        var context = common(kind: "terms", title: title, description: title)
        context["terms"] = [
            "title": title, "kind": kind,
            "items": items.map { ["name": $0.name, "url": url($0.url), "count": $0.count, "description": $0.description] },
        ] as [String: Any]
        return context
    }

    func freePage(_ page: FreePage, body: CaseBody) -> [String: Any] {
        var context = common(kind: "page", title: page.title, description: page.summary ?? body.summary)
        context["article"] = ["title": page.title, "body": body.html, "toc": tocValue(body), "has_toc": body.toc.count >= 3]
            as [String: Any]
        return context
    }

    func notFound() -> [String: Any] {
        common(kind: "404", title: strings["not_found"] ?? "404", description: "")
    }
}
