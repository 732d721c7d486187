/// The files a build makes itself, and the rule that no content file may take one's
/// place: either would silently replace the other. A generated file is replaced on
/// purpose by a file of the theme's `static/` folder (`templates/static/robots.txt`).
struct GeneratedFiles {
    /// Output path → what makes it, as named in messages.
    private(set) var makers: [String: String] = [:]

    /// The files of `PageRenderer.standards()`.
    static func standards(of model: SiteModel) -> [(path: String, maker: String)] {
        [("feed.xml", "the Atom feed"), ("robots.txt", "its robots.txt")]
            + (model.config.baseURL == nil ? [] : [("sitemap.xml", "the sitemap")])
            + [("data/cases.json", "the data download"), ("data/metrics.csv", "the data download"),
               ("search/meta.json", "the search index")]
    }

    /// Folders whose every file is generated (the search index's shards and result files,
    /// whose names depend on the content).
    static let generatedFolders = ["search/shards/", "search/docs/"]

    init(model: SiteModel, theme: ThemeFiles) {
        for job in PageRenderer.plan(model: model, strings: theme.strings) {
            let origin = PageRenderer.origin(job, model: model)
            makers[PageRenderer.outputPath(job)] = origin.source.map { "the \(origin.template) page of \($0)" }
                ?? "the \(origin.template) page"
        }
        for (path, maker) in Self.standards(of: model) { makers[path] = maker }
        for (output, source) in theme.statics {
            switch source {
            case .builtin: makers[output] = "the built-in theme's file static/\(output)"
            case .file: makers[output] = "the theme's file \(SiteFolder.themeFile("static/\(output)"))"
            }
        }
    }

    func maker(of path: String) -> String? {
        makers[path] ?? Self.generatedFolders.first { path.hasPrefix($0) }.map { _ in "the search index" }
    }

    /// An error for each content file whose output path is a generated file's or another
    /// content file's, or where one of the two needs a folder: a file `content/tags` and the
    /// generated `tags/index.html` cannot both exist, and whichever is written second would
    /// wipe the other (a whole folder of tag pages, silently).
    func clashes(with assets: [(source: String, output: String)]) -> [Diagnostic] {
        // Every folder the generated files need → one file in it and its maker, to name both
        // (the shallowest: `tags/index.html` says more than `tags/x/page/2/index.html`).
        var generatedFolders: [String: (path: String, maker: String)] = [:]
        let shallowFirst = makers.keys.map { ($0.split(separator: "/").count, $0) }.sorted { $0 < $1 }.map(\.1)
        for path in shallowFirst {
            for folder in Self.folders(of: path) where generatedFolders[folder] == nil {
                generatedFolders[folder] = (path, makers[path]!)
            }
        }
        for folder in Self.generatedFolders {
            for parent in Self.folders(of: folder) + [String(folder.dropLast())] where generatedFolders[parent] == nil {
                generatedFolders[parent] = (folder, "the search index")
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
            } else if let generated = generatedFolders[output] {
                problems.append(.error(source, "this file would be published at \(output), but Exhibit writes \(generated.maker) at \(generated.path), so \(output) must be a folder",
                    fix: "rename or remove this file (a name with an extension, such as \(Self.lastName(output)).txt, is free)"))
            } else if let folder = folders.first(where: { makers[$0] != nil }) {
                problems.append(.error(source, "this file would be published at \(output), inside \(folder), where Exhibit writes \(makers[folder]!)",
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
