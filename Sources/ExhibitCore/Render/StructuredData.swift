/// schema.org JSON-LD for a case page: an `Article` with its date, organization and
/// image, as search engines and social sites read it.
enum StructuredData {
    static func article(_ c: Case, url: String?, image: String?, description: String, site: SiteConfig) -> String {
        var pairs: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("Article")),
            ("headline", .string(c.title)),
            ("datePublished", .string(c.date.iso)),
            ("description", .string(description)),
            ("inLanguage", .string(site.language)),
            ("articleSection", .string(site.category(c.category)?.name ?? c.category)),
        ]
        if let url { pairs += [("url", .string(url)), ("mainEntityOfPage", .string(url))] }
        if let image { pairs.append(("image", .string(image))) }
        if !c.tags.isEmpty { pairs.append(("keywords", .string(c.tags.joined(separator: ", ")))) }
        if let org = c.organization {
            pairs.append(("author", .object([("@type", .string("Organization")), ("name", .string(org))])))
        }
        pairs.append(("publisher", .object([("@type", .string("Organization")),
                                             ("name", .string(site.author.isEmpty ? site.title : site.author))])))
        return JSONValue.object(pairs).text()
    }
}
