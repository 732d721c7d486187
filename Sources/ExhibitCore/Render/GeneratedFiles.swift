/// The files a build makes itself, and the rule that no content file may take one's
/// place: either would silently replace the other. A generated file is replaced on
/// purpose by a file of the theme's `static/` folder (`templates/static/robots.txt`).
///
/// Checked on every update of `serve`, so it stays cheap: what makes each page is put
/// into words only for a file that clashes. Building every page's message and sorting
/// every path took 60 ms of a 165 ms update at 10,000 cases.
struct GeneratedFiles {
    private let model: SiteModel
    /// Output path → the page that makes it.
    private var pages: [String: PageRenderer.Job] = [:]
    /// Output path → what makes it, for the files that are not pages.
    private var others: [String: String] = [:]

    /// The files of `PageRenderer.standards()`.
    static func standards(of model: SiteModel) -> [(path: String, maker: String)] {
        [("feed.xml", "the Atom feed"), ("robots.txt", "its robots.txt")]
            + (model.config.baseURL == nil ? [] : [("sitemap.xml", "the sitemap")])
            + [("data/cases.json", "the data download"), ("data/metrics.csv", "the data download"),
               ("search/meta.json", "the search index")]
            + (model.config.indicators.isEmpty ? [] : [("data/indicators.csv", "the data download")])
    }

    /// Folders whose every file is generated (the search index's shards and result files,
    /// whose names depend on the content).
    static let generatedFolders = ["search/shards/", "search/docs/"]

    /// `jobs`: the site's pages, as planned (`PageRenderer.plan`).
    init(model: SiteModel, theme: ThemeFiles, jobs: [PageRenderer.Job], printed: [PrintedBooklet] = []) {
        self.model = model
        for booklet in printed { others[booklet.output] = "exhibit print (its \(booklet.name))" }
        for job in jobs {
            pages[PageRenderer.outputPath(job)] = job
        }
        for (path, maker) in Self.standards(of: model) { others[path] = maker }
        for (output, source) in theme.statics(besides: model.assets) {
            pages[output] = nil
            switch source {
            case .builtin: others[output] = "the built-in theme's file static/\(output)"
            case .file: others[output] = "the theme's file \(SiteFolder.themeFile("static/\(output)"))"
            }
        }
    }

    /// What makes the generated file at `path`, in words; nil when nothing does.
    func maker(of path: String) -> String? {
        if let made = generated(path) { return made }
        return Self.generatedFolders.first { path.hasPrefix($0) }.map { _ in "the search index" }
    }

    /// The maker of a file generated at exactly `path`.
    private func generated(_ path: String) -> String? {
        if let other = others[path] { return other }
        guard let job = pages[path] else { return nil }
        let origin = PageRenderer.origin(job, model: model)
        return origin.source.map { "the \(origin.template) page of \($0)" } ?? "the \(origin.template) page"
    }

    /// An error for each content file whose output path is a generated file's or another
    /// content file's, or where one of the two needs a folder: a file `content/tags` and the
    /// generated `tags/index.html` cannot both exist, and whichever is written second would
    /// wipe the other (a whole folder of tag pages, silently).
    func clashes(with assets: [(source: String, output: String)]) -> [Diagnostic] {
        guard !assets.isEmpty else { return [] }
        // Every folder the generated files need.
        var generatedFolders = Set<String>()
        for path in Array(pages.keys) + Array(others.keys) + Self.generatedFolders.map({ String($0.dropLast()) + "/x" }) {
            var end = path.startIndex
            while let slash = path[end...].firstIndex(of: "/") {
                generatedFolders.insert(String(path[..<slash]))
                end = path.index(after: slash)
            }
        }
        var taken: [String: String] = [:]
        var takenFolders: [String: (source: String, output: String)] = [:]
        var problems: [Diagnostic] = []
        for (source, output) in assets {
            let folders = Self.folders(of: output)
            if let maker = maker(of: output) {
                let replace = maker.contains("theme's file")
                    ? "to replace the theme's file, put yours at \(SiteFolder.themeFile("static/\(output)")) instead"
                    : "to replace the generated \(output) on purpose, move this file to \(SiteFolder.themeFile("static/\(output)"))"
                problems.append(.error(source, "this file would be published at \(output), where Exhibit writes \(maker)",
                    fix: "\(replace); otherwise rename or remove it"))
            } else if generatedFolders.contains(output), let generated = shallowest(in: output) {
                problems.append(.error(source, "this file would be published at \(output), but Exhibit writes \(generated.maker) at \(generated.path), so \(output) must be a folder",
                    fix: "rename or remove this file (a name with an extension, such as \(Self.lastName(output)).txt, is free)"))
            } else if let folder = folders.first(where: { generated($0) != nil }), let maker = generated(folder) {
                problems.append(.error(source, "this file would be published at \(output), inside \(folder), where Exhibit writes \(maker)",
                    fix: "rename the folder \(Self.sourceFolder(source, output: output, folder: folder)) or move this file out of it"))
            } else if let first = taken[output] {
                problems.append(.error(source, "this file and \(first) would both be published as \(output)",
                    fix: "rename or move one of them"))
            } else if let other = takenFolders[output] {
                problems.append(.error(source, "this file would be published at \(output), but \(other.source) is published at \(other.output), so \(output) must be a folder",
                    fix: "rename or move one of them"))
            } else if let folder = folders.first(where: { taken[$0] != nil }) {
                problems.append(.error(source, "this file would be published at \(output), inside \(folder), where \(taken[folder]!) is published",
                    fix: "rename or move one of them"))
            } else {
                taken[output] = source
                for folder in folders where takenFolders[folder] == nil { takenFolders[folder] = (source, output) }
            }
        }
        return problems
    }

    /// The generated file in `folder` that messages name: the shallowest, then the first
    /// by name (`tags/index.html` says more than `tags/x/page/2/index.html`); the search
    /// index's folders when no file is known there.
    private func shallowest(in folder: String) -> (path: String, maker: String)? {
        let prefix = folder + "/"
        let inside = (Array(pages.keys) + Array(others.keys)).filter { $0.hasPrefix(prefix) }
        if let path = inside.min(by: { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }),
           let maker = generated(path) {
            return (path, maker)
        }
        return Self.generatedFolders.first { $0.hasPrefix(prefix) || $0 == prefix }.map { ($0, "the search index") }
    }

    /// The folders `path` lies in, outermost first: `a/b/c.txt` → `a`, `a/b`.
    private static func folders(of path: String) -> [String] {
        let parts = path.split(separator: "/")
        return parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
    }

    private static func lastName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The content folder published as `folder`: `content/feed.xml/a.txt`, published at
    /// `feed.xml/a.txt`, lies in `content/feed.xml` (a case folder may be published under
    /// its slug, so the names above `folder` can differ; those below it do not).
    private static func sourceFolder(_ source: String, output: String, folder: String) -> String {
        let below = output.split(separator: "/").count - folder.split(separator: "/").count
        return source.split(separator: "/").dropLast(below).joined(separator: "/")
    }
}
