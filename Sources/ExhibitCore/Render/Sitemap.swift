import ExhibitText

/// /sitemap.xml (sitemaps.org 0.9, absolute URLs only) and /robots.txt.
struct Sitemap {
    let model: SiteModel

    /// nil without base_url: a sitemap must list absolute URLs.
    func xml() -> String? {
        guard let base = model.config.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        func add(_ path: String, _ date: CaseDate?) {
            xml += "  <url><loc>\(MarkupEscape.escape(base + path))</loc>"
            if let date, date.day != nil { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        add("", model.cases.first?.date)
        add("cases/", model.cases.first?.date)
        for i in model.cases.indices { add(model.casePath(i), model.cases[i].date) }
        for page in model.pages { add("\(page.slug)/", nil) }
        add("categories/", nil)
        for c in model.config.categories { add(TermFolders.category(c.id), nil) }
        add("tags/", nil)
        for t in model.tags { add(TermFolders.tag(t.slug), nil) }
        add("organizations/", nil)
        for o in model.organizations { add(TermFolders.organization(o.slug), nil) }
        xml += "</urlset>\n"
        return xml
    }

    func robots() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = model.config.baseURL { text += "\nSitemap: \(base)sitemap.xml\n" }
        return text
    }
}
