import ExhibitText

/// Turns parsed cases and pages into a `SiteModel`: unique slugs, terms, relations and
/// output places, reporting clashes.
enum SiteResolver {
    /// Top-level folders the generator writes; a free page may not take their names:
    /// those of the page kinds, the built-in theme's static folders, the data downloads,
    /// and `page` (kept from before the table of page kinds).
    static let reservedRoots: Set<String> = Set(PageKind.all.flatMap(\.reserves)).union(["css", "js", "images", "data", "page"])

    static func resolve(config: SiteConfig, cases allCases: [Case], pages allPages: [FreePage],
                        tree: SourceTree, includeDrafts: Bool, reviewedOnly: Bool = false, threads: Int = 2,
                        relatedCache: RelatedCache = RelatedCache(),
                        unitWarnings: CaseListMemo<Set<String>, [Diagnostic]> = .unitWarnings(),
                        slugClashCache: CaseListMemo<Int, [Diagnostic]> = .slugClashes()) -> (SiteModel, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Sorted through indices: moving whole `Case` values in a sort was a fifth of a
        // rebuild in `serve` at 1,000 cases.
        // A reviewed-only build (`--reviewed-only`, `require_review: true`) leaves out the
        // cases without `review:` as it leaves out drafts; they are listed, not reported.
        let gated = reviewedOnly || config.review.requireReview
        let published = allCases.filter { (includeDrafts || !$0.draft) && (!gated || $0.review != nil) }
        // Dates compare as plain numbers; titles and slugs (reference-counted strings)
        // only on the rare ties.
        let dates = published.map(\.date.ordinal)
        let order = published.indices.sorted { x, y in
            if dates[x] != dates[y] { return dates[x] > dates[y] }
            return precedes(published[x], published[y])
        }
        let cases = order.map { published[$0] }
        let pages = allPages.filter { includeDrafts || !$0.draft }.sorted { $0.sourcePath < $1.sourcePath }

        diagnostics += slugClashCache.value(allCases, 0)
        var pageSlugs: [String: String] = [:]
        for p in pages {
            if reservedRoots.contains(p.slug) {
                diagnostics.append(.error(p.sourcePath, "the page slug `\(p.slug)` is taken by Exhibit's own /\(p.slug)/ pages",
                    fix: "rename the file or set another `slug:`"))
            } else if let first = pageSlugs[p.slug] {
                diagnostics.append(.error(p.sourcePath, "two pages have the slug `\(p.slug)`: \(first) and this file",
                    fix: "give one of them another `slug:`"))
            } else {
                pageSlugs[p.slug] = p.sourcePath
            }
        }

        var outputBySource: [String: String] = [:]
        var bundleOutput: [String: String] = [:]
        for c in cases {
            outputBySource[c.sourcePath] = c.outputFolder
            if let bundle = c.bundlePath { bundleOutput[bundle] = String(c.outputFolder.dropLast()) }
        }
        for p in pages { outputBySource[p.sourcePath] = "\(p.slug)/" }
        var assets: [(String, String)] = []
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

        let terms = Terms(cases, threads: threads, relatedCache: relatedCache)
        var byCategory: [String: [Int]] = [:]
        for (i, c) in cases.enumerated() { byCategory[c.category, default: []].append(i) }
        // A category without cases is left out of the site (its page, the menus, the
        // indexes, the home page and the dashboard): "0 个案例" everywhere looked
        // unfinished. Without site.yaml (or when it cannot be read) the default categories
        // are dropped silently: the problem is the file, not them.
        var config = config
        let empty = config.categories.filter { byCategory[$0.id] == nil }
        if let file = config.settingsFile, config.readable {
            for c in empty {
                diagnostics.append(.warning(file, line: config.categoryLines[c.id] ?? 1,
                    "category `\(c.id)` has no cases: it is left out of the site",
                    fix: "add a case with `category: \(c.id)`, or delete it from \(file.split(separator: "/").last ?? "site.yaml")"))
            }
        }
        config.categories.removeAll { byCategory[$0.id] == nil }
        var model = SiteModel(
            config: config, cases: cases, pages: pages, tags: terms.tags, organizations: terms.organizations,
            casesByCategory: byCategory, related: terms.related,
            assets: assets, outputBySource: outputBySource, tagSlugs: terms.tagSlugs, organizationSlugs: terms.organizationSlugs,
            extraKeys: Array(Set(cases.flatMap { $0.extra.map(\.key) })).sorted())
        // Only on a site that reviews its cases: a site without a review step would hear
        // of all its cases on every check (and sorting every path was 3 ms of each update
        // of `serve` at 10,000 cases).
        if gated || allCases.contains(where: { $0.review != nil }) {
            model.awaitingReview = allCases.filter { (includeDrafts || !$0.draft) && $0.review == nil }.map(\.sourcePath).sorted()
        }
        model.reviewGate = gated
        model.unpublished = UnpublishedSource.find(tree: tree, cases: allCases, pages: allPages,
                                                   published: Set(cases.map(\.sourcePath)).union(pages.map(\.sourcePath)), includeDrafts: includeDrafts)
        diagnostics += unitWarnings.value(cases, config.summedNever)
        diagnostics += RequiredIndicators.warnings(cases: cases, framework: config.indicators)
        diagnostics += OutlinePlaces.warnings(cases: cases, outline: config.outline)
        return (model, diagnostics)
    }

    /// Two cases with one slug, each reported at the later file (in path order) naming the
    /// first. Grouped by slug first and sorted only where slugs clash: sorting every path
    /// was a tenth of resolving 10,000 cases in `serve`.
    static func slugClashes(_ cases: [Case]) -> [Diagnostic] {
        var bySlug: [String: Int] = [:]
        var clashing: [String: [Int]] = [:]
        for (i, c) in cases.enumerated() {
            if let first = bySlug[c.slug] {
                clashing[c.slug, default: [first]].append(i)
            } else {
                bySlug[c.slug] = i
            }
        }
        var found: [(path: String, diagnostic: Diagnostic)] = []
        for (slug, indices) in clashing {
            let paths = indices.map { cases[$0].sourcePath }.sorted()
            for path in paths.dropFirst() {
                found.append((path, .error(path, "two cases have the slug `\(slug)`: \(paths[0]) and this file",
                    fix: "give one of them another `slug:` in its front matter (both would be /cases/\(slug)/)")))
            }
        }
        return found.sorted { $0.path < $1.path }.map(\.diagnostic)
    }

    /// The order of cases on every list: newest first, then by title and slug.
    static func precedes(_ a: Case, _ b: Case) -> Bool {
        if a.date != b.date { return a.date > b.date }
        return (a.title, a.slug) < (b.title, b.slug)
    }
}
