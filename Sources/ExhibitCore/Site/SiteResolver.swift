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
        // A reviewed-only build (`--reviewed-only`, `require_review: true`) leaves out the
        // cases without `review:` as it leaves out drafts; they are listed, not reported.
        let gated = reviewedOnly || config.review.requireReview
        let published = allCases.filter { (includeDrafts || !$0.draft) && (!gated || $0.review != nil) }
        let cases = inListOrder(published)
        // The terms and related cases (whose own parallel part gets both cores) on this
        // thread, the places and checks that need no terms on another: one after the other
        // they were 0.48 s of a 50,000-case build with one core idle (0.05 s at 10,000).
        let ((terms, byCategory), (places, slugClashes, units)) = alongside(threads: threads, {
            let terms = Terms(cases, threads: threads, relatedCache: relatedCache)
            var byCategory: [String: [Int]] = [:]
            for (i, c) in cases.enumerated() { byCategory[c.category, default: []].append(i) }
            return (terms, byCategory)
        }, {
            (Places(cases: cases, of: allCases, pages: allPages, tree: tree, includeDrafts: includeDrafts),
             slugClashCache.value(allCases, 0), unitWarnings.value(cases, config.summedNever))
        })
        var diagnostics = slugClashes + places.pageSlugProblems
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
            config: config, cases: cases, pages: places.pages, tags: terms.tags, organizations: terms.organizations,
            casesByCategory: byCategory, related: terms.related,
            assets: places.assets, outputBySource: places.outputBySource, tagSlugs: terms.tagSlugs, organizationSlugs: terms.organizationSlugs,
            extraKeys: Array(Set(cases.flatMap { $0.extra.map(\.key) })).sorted())
        // Only on a site that reviews its cases: a site without a review step would hear
        // of all its cases on every check (and sorting every path was 3 ms of each update
        // of `serve` at 10,000 cases).
        if gated || allCases.contains(where: { $0.review != nil }) {
            model.awaitingReview = allCases.filter { (includeDrafts || !$0.draft) && $0.review == nil }.map(\.sourcePath).sorted()
        }
        model.reviewGate = gated
        model.unpublished = places.unpublished
        diagnostics += units
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

    /// `cases` in list order (`precedes`), sorted through keys made in one pass over the
    /// cases: each case's date as a number and its title's and slug's `TextOrderKey`, so
    /// a sort compares keys side by side in one array and reads a case only when the date
    /// and the title's first bytes tie. Sorting the cases themselves, their `String`s
    /// compared through Unicode normalisation (in objects spread over the heap) on the
    /// dozen cases a day of 50,000 over eleven years, took 66 ms with one core idle.
    static func inListOrder(_ cases: [Case]) -> [Case] {
        let keys = cases.enumerated().map { i, c in ListKey(c, index: i) }
        let order = keys.sorted { x, y in
            if x.date != y.date { return x.date > y.date }
            let titles = TextOrderKey.order(x.title, y.title) { (cases[x.index].title, cases[y.index].title) }
            if titles != 0 { return titles < 0 }
            return TextOrderKey.order(x.slug, y.slug) { (cases[x.index].slug, cases[y.index].slug) } < 0
        }
        return order.map { cases[$0.index] }
    }

    /// What `inListOrder` sorts by.
    private struct ListKey {
        let date: Int
        let title: TextOrderKey
        let slug: TextOrderKey
        let index: Int

        init(_ c: Case, index: Int) {
            date = c.date.ordinal
            title = TextOrderKey(c.title)
            slug = TextOrderKey(c.slug)
            self.index = index
        }
    }

    /// The order of cases on every list: newest first, then by title and slug.
    static func precedes(_ a: Case, _ b: Case) -> Bool {
        if a.date != b.date { return a.date > b.date }
        return (a.title, a.slug) < (b.title, b.slug)
    }
}
