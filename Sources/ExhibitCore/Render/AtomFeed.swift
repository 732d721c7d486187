import ExhibitText

/// /feed.xml: an Atom feed (RFC 4287) of the newest cases.
struct AtomFeed {
    let model: SiteModel
    let bodies: [CaseBody]
    static let limit = 20

    func xml() -> String {
        let config = model.config
        let base = config.baseURL ?? ""
        // Atom ids must be IRIs that never change; without base_url the tag: scheme gives one.
        func id(_ path: String) -> String { config.baseURL.map { $0 + path } ?? "tag:exhibit,2024:\(path)" }
        let updated = model.cases.first?.date.rfc3339 ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(MarkupEscape.escape(config.language))">
          <title>\(MarkupEscape.escape(config.title))</title>
        """
        xml += "\n"
        if !config.subtitle.isEmpty { xml += "  <subtitle>\(MarkupEscape.escape(config.subtitle))</subtitle>\n" }
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(MarkupEscape.escape(base))feed.xml\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupEscape.escape(base.isEmpty ? "./" : base))\"/>\n"
        xml += "  <id>\(MarkupEscape.escape(id("")))</id>\n"
        xml += "  <updated>\(updated)</updated>\n"
        xml += "  <author><name>\(MarkupEscape.escape(config.author.isEmpty ? config.title : config.author))</name></author>\n"
        xml += "  <generator>Exhibit</generator>\n"
        for i in model.cases.indices.prefix(Self.limit) {
            let c = model.cases[i]
            let path = model.casePath(i)
            xml += "  <entry>\n"
            xml += "    <title>\(MarkupEscape.escape(c.title))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupEscape.escape(base + path))\"/>\n"
            xml += "    <id>\(MarkupEscape.escape(id(path)))</id>\n"
            xml += "    <published>\(c.date.rfc3339)</published>\n"
            xml += "    <updated>\(c.date.rfc3339)</updated>\n"
            if let org = c.organization { xml += "    <author><name>\(MarkupEscape.escape(org))</name></author>\n" }
            xml += "    <category term=\"\(MarkupEscape.escape(c.category))\" label=\"\(MarkupEscape.escape(model.config.category(c.category)?.name ?? c.category))\"/>\n"
            xml += "    <summary>\(MarkupEscape.escape(c.summary ?? bodies[i].summary))</summary>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
