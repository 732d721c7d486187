import Foundation

/// schema.org JSON-LD for a case page: an `Article` with its date, organization and
/// image, as search engines and social sites read it.
enum StructuredData {
    static func article(_ c: Case, url: String?, image: String?, description: String, site: SiteConfig) -> String {
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": c.title,
            "datePublished": c.date.iso,
            "description": description,
            "inLanguage": site.language,
            "articleSection": site.category(c.category)?.name ?? c.category,
        ]
        if let url { object["url"] = url; object["mainEntityOfPage"] = url }
        if let image { object["image"] = image }
        if !c.tags.isEmpty { object["keywords"] = c.tags.joined(separator: ", ") }
        if let org = c.organization {
            object["author"] = ["@type": "Organization", "name": org]
        }
        object["publisher"] = ["@type": "Organization", "name": site.author.isEmpty ? site.title : site.author]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        // Inside <script>, "</" could end the element early; JSON allows "<\/" for it.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
    }
}
