import ExhibitText

/// The terms of a site (its tags and organizations) and the related cases, which follow
/// the tags.
extension SiteResolver {
    static let termSlugs = SlugMemo()

    /// What the cases' tags and organizations make of the site: its terms with their
    /// slugs, and the related cases.
    struct Terms {
        var tags: [Term]
        var tagSlugs: [TermName: String]
        var organizations: [Term]
        var organizationSlugs: [TermName: String]
        var related: [[Int]]

        init(_ cases: [Case], threads: Int, relatedCache: RelatedCache) {
            (tags, tagSlugs) = SiteResolver.terms(counting: cases.map(\.tags), threads: threads)
            (organizations, organizationSlugs) = SiteResolver.terms(counting: cases.map(Self.organization), threads: threads)
            related = Self.related(cases, tags: tags, threads: threads, cache: relatedCache)
        }

        /// The terms of `cases`, which are those of `last` but at `changed`: made from the
        /// last terms and the changed cases' names only. Counting every name of 10,000
        /// cases again was a tenth of `serve`'s update after a tag edit.
        init(_ cases: [Case], last: SiteModel, changed: [Int], threads: Int, relatedCache: RelatedCache) {
            (tags, tagSlugs) = SiteResolver.terms(
                last.tags, moving: changed.map { ($0, last.cases[$0].tags, cases[$0].tags) }, threads: threads)
            (organizations, organizationSlugs) = SiteResolver.terms(
                last.organizations, moving: changed.map { ($0, Self.organization(last.cases[$0]), Self.organization(cases[$0])) }, threads: threads)
            related = Self.related(cases, tags: tags, threads: threads, cache: relatedCache)
        }

        private static func organization(_ c: Case) -> [String] { c.organization.map { [$0] } ?? [] }

        private static func related(_ cases: [Case], tags: [Term], threads: Int, cache: RelatedCache) -> [[Int]] {
            cache.related(cases, tags: tags) { RelatedCases.compute(cases, tags: tags, threads: threads, only: $0) }
        }
    }

    /// The terms named in `lists` (the names of each case, by case index).
    static func terms(counting lists: [[String]], threads: Int) -> ([Term], [TermName: String]) {
        var cases: [TermName: [Int]] = [:]
        for (i, names) in lists.enumerated() {
            for name in names { cases[TermName(name), default: []].append(i) }
        }
        return terms(cases, threads: threads)
    }

    /// `previous` (terms of some cases) after the cases `moves` name `new` instead of
    /// `old`: the terms `terms(counting:)` gives for the new names of every case. Each
    /// term's cases are in index order, as counting makes them; a name written twice by a
    /// case counts twice there, and here.
    static func terms(_ previous: [Term], moving moves: [(index: Int, old: [String], new: [String])],
                      threads: Int) -> ([Term], [TermName: String]) {
        var cases = [TermName: [Int]](minimumCapacity: previous.count)
        for term in previous { cases[TermName(term.name)] = term.cases }
        for move in moves {
            for name in move.old {
                let key = TermName(name)
                if let at = cases[key]?.firstIndex(of: move.index) { cases[key]!.remove(at: at) }
            }
            for name in move.new {
                let key = TermName(name)
                let at = cases[key]?.firstIndex { $0 > move.index } ?? cases[key]?.count ?? 0
                cases[key, default: []].insert(move.index, at: at)
            }
        }
        return terms(cases.filter { !$0.value.isEmpty }, threads: threads)
    }

    /// Terms by name with unique slugs (two names with one pinyin get `-2`), most used first.
    /// Names are in NFC (CaseParser), so their UTF-8 bytes sort as `String` sorts them,
    /// without its normalising comparison.
    private static func terms(_ cases: [TermName: [Int]], threads: Int) -> ([Term], [TermName: String]) {
        func before(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
        // Slugs are given in name order, so which of two names with one pinyin gets `-2`
        // does not depend on which case came first.
        let order = cases.keys.sorted { before($0.text, $1.text) }
        Self.termSlugs.prepare(order.map(\.text), threads: threads)
        var used = Set<String>()
        var slugs: [TermName: String] = [:]
        var terms: [Term] = []
        terms.reserveCapacity(order.count)
        for key in order {
            var base = Self.termSlugs.slug(key.text)
            if base.isEmpty { base = "term" }
            var slug = base
            var n = 2
            // The numbered form is kept to the length limit too (`limited` cuts and hashes).
            while used.contains(slug) { slug = Slug.limited("\(base)-\(n)"); n += 1 }
            used.insert(slug)
            slugs[key] = slug
            terms.append(Term(name: key.text, slug: slug, cases: cases[key]!))
        }
        terms.sort { $0.cases.count != $1.cases.count ? $0.cases.count > $1.cases.count : before($0.name, $1.name) }
        return (terms, slugs)
    }
}
