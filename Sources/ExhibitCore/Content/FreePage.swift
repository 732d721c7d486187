/// A page outside the cases (about, contact): content/pages/<slug>.md → /<slug>/.
public struct FreePage: Sendable {
    public var sourcePath: String
    public var title: String
    public var slug: String
    public var summary: String?
    public var draft: Bool
    public var body: String
    public var bodyLineOffset: Int
    /// Whether `body` comes from a `SourceText`, as `Case.bodyIsClean`.
    public var bodyIsClean = false

    static let knownKeys = ["title", "slug", "summary", "draft", "date"]

    static func parse(_ source: SourceText, path: String, defaultSlug: String) -> (FreePage?, [Diagnostic]) {
        let f: FrontMatter
        var reader: FieldReader
        switch FrontMatter.reader(for: source.text, path: path) {
        case .success(let opened): (f, reader) = opened
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        guard let title = reader.string(f["title"], key: "title") else {
            reader.diagnostics.append(.error(path, "the page has no `title`", fix: "add `title: 关于本展` to the front matter"))
            return (nil, reader.diagnostics)
        }
        let slug = reader.slug(f["slug"]) ?? defaultSlug
        reader.warnAboutMisspelledKeys(in: f, known: knownKeys) { _, guess in "rename it to `\(guess)`" }
        let page = FreePage(sourcePath: path, title: title, slug: slug,
                            summary: reader.string(f["summary"], key: "summary"),
                            draft: reader.bool(f["draft"], key: "draft") ?? false,
                            body: f.body, bodyLineOffset: f.bodyLineOffset, bodyIsClean: true)
        return (reader.diagnostics.contains { $0.severity == .error } ? nil : page, reader.diagnostics)
    }
}
