import ExhibitText

/// schema.org JSON-LD for a case page: an `Article` with its date, organization and
/// image, as search engines and social sites read it.
enum StructuredData {
    static func article(_ c: Case, url: String?, image: String?, description: String, site: SiteConfig) -> UTF8Text {
        // Written member by member (`JSONWriter`), not made as a tree and printed, and kept
        // as its bytes (made of `String`s, so valid UTF-8), which the page is written from:
        // a `String` of them checked every byte again, 3,700 instructions a case.
        var w = JSONWriter(capacity: 512 + description.utf8.count)
        w.beginObject()
        w.pair("@context", "https://schema.org")
        w.pair("@type", "Article")
        w.pair("headline", c.title)
        w.pair("datePublished", c.date.iso)
        w.pair("description", description)
        w.pair("inLanguage", site.language)
        w.pair("articleSection", site.category(c.category)?.name ?? c.category)
        if let url {
            w.pair("url", url)
            w.pair("mainEntityOfPage", url)
        }
        if let image { w.pair("image", image) }
        if !c.tags.isEmpty { w.pair("keywords", c.tags.joined(separator: ", ")) }
        if let org = c.organization {
            w.key("author")
            organization(org, into: &w)
        }
        w.key("publisher")
        organization(site.author.isEmpty ? site.title : site.author, into: &w)
        w.endObject()
        return UTF8Text(validUTF8: w.bytes)
    }

    private static func organization(_ name: String, into w: inout JSONWriter) {
        w.beginObject()
        w.pair("@type", "Organization")
        w.pair("name", name)
        w.endObject()
    }
}
