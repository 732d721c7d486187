import ExhibitText
import Foundation

/// The site's case files, parsed, to match the rows of a sheet: by slug (the file or
/// folder name, or `slug:`), then by title.
struct ExistingCases {
    struct Found {
        var path: String
        var text: String
        var parsed: Case?
        /// Whether the file says `slug:` (otherwise its name is its slug).
        var explicitSlug: Bool
    }

    /// Every case file, in name order.
    private(set) var all: [Found] = []
    private var bySlug: [String: Found] = [:]
    private var byTitle: [String: Found] = [:]

    init(siteRoot: URL, site: SiteConfig) {
        let folder = siteRoot.appendingPathComponent(SiteFolder.casesPath)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() {
            let path: String, slug: String
            if name.hasSuffix(".md") {
                (path, slug) = ("\(SiteFolder.casesPath)/\(name)", String(name.dropLast(3)))
            } else if FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name)/index.md").path) {
                (path, slug) = ("\(SiteFolder.casesPath)/\(name)/index.md", name)
            } else {
                continue
            }
            guard let data = FileManager.default.contents(atPath: siteRoot.appendingPathComponent(path).path),
                  let source = SourceText(bytes: Array(data)) else { continue }
            // The slug a build gives it: a Chinese file name is read in pinyin.
            let (parsed, _) = CaseParser.parse(source, path: path, defaultSlug: Slug.pathSegment(slug), bundlePath: nil, site: site)
            let found = Found(path: path, text: source.text, parsed: parsed,
                              explicitSlug: source.text.split(separator: "\n").contains { $0.hasPrefix("slug:") })
            all.append(found)
            bySlug[parsed?.slug ?? Slug.pathSegment(slug)] = found
            if let title = parsed?.title, byTitle[title] == nil { byTitle[title] = found }
        }
    }

    func match(slug: String, title: String) -> Found? { bySlug[slug] ?? byTitle[title] }
}
