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

    /// An error for each content file whose output path is a generated file's, or another
    /// content file's.
    func clashes(with assets: [(source: String, output: String)]) -> [Diagnostic] {
        var taken: [String: String] = [:]
        var problems: [Diagnostic] = []
        for (source, output) in assets {
            if let maker = maker(of: output) {
                let replace = maker.contains("theme's file")
                    ? "to replace the theme's file, put yours at \(SiteFolder.themeFile("static/\(output)")) instead"
                    : "to replace the generated \(output) on purpose, move this file to \(SiteFolder.themeFile("static/\(output)"))"
                problems.append(.error(source, "this file would be published at \(output), where Exhibit writes \(maker)",
                    fix: "\(replace); otherwise rename or remove it"))
            } else if let first = taken[output] {
                problems.append(.error(source, "this file and \(first) would both be published as \(output)",
                    fix: "rename or move one of them"))
            } else {
                taken[output] = source
            }
        }
        return problems
    }
}
