extension SiteResolver {
    /// Where each published file goes, and what needs no terms to be found: the free
    /// pages in path order with their slugs checked, every source's output place, the
    /// assets' places, the unpublished Markdown files. Made beside the terms (`resolve`).
    struct Places: Sendable {
        var pages: [FreePage]
        var pageSlugProblems: [Diagnostic] = []
        var outputBySource: [String: String] = [:]
        var assets: [(String, String)] = []
        var unpublished: [String: UnpublishedSource]

        /// `cases` are the published ones of `allCases`.
        init(cases: [Case], of allCases: [Case], pages allPages: [FreePage], tree: SourceTree, includeDrafts: Bool) {
            pages = allPages.filter { includeDrafts || !$0.draft }.sorted { $0.sourcePath < $1.sourcePath }
            var pageSlugs: [String: String] = [:]
            for p in pages {
                if reservedRoots.contains(p.slug) {
                    pageSlugProblems.append(.error(p.sourcePath, "the page slug `\(p.slug)` is taken by Exhibit's own /\(p.slug)/ pages",
                        fix: "rename the file or set another `slug:`"))
                } else if let first = pageSlugs[p.slug] {
                    pageSlugProblems.append(.error(p.sourcePath, "two pages have the slug `\(p.slug)`: \(first) and this file",
                        fix: "give one of them another `slug:`"))
                } else {
                    pageSlugs[p.slug] = p.sourcePath
                }
            }
            outputBySource.reserveCapacity(cases.count + pages.count + tree.assets.count)
            var bundleOutput: [String: String] = [:]
            for c in cases {
                outputBySource[c.sourcePath] = c.outputFolder
                if let bundle = c.bundlePath { bundleOutput[bundle] = String(c.outputFolder.dropLast()) }
            }
            for p in pages { outputBySource[p.sourcePath] = "\(p.slug)/" }
            for asset in tree.assets {
                let output: String
                if let bundle = asset.bundlePath {
                    // A draft case's folder is not published, and neither are its files.
                    guard let base = bundleOutput[bundle] else { continue }
                    output = base + asset.path.dropFirst(bundle.count)
                } else {
                    output = SiteFolder.publishedPath(ofContent: asset.path)
                }
                assets.append((asset.path, output))
                outputBySource[asset.path] = output
            }
            unpublished = UnpublishedSource.find(tree: tree, cases: allCases, pages: allPages,
                                                 published: Set(cases.map(\.sourcePath)).union(pages.map(\.sourcePath)),
                                                 includeDrafts: includeDrafts)
        }
    }
}
