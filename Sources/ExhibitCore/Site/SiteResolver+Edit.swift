/// Resolving for the fast path of `serve`: an edit of cases that leaves the site's shape
/// alone keeps the last model's terms, lists, relations and output paths.
extension SiteResolver {
    /// `model` with the cases at `indices` replaced by their new parse (`parsed`, by
    /// source path), and whether they kept their tags and organization; nil when an
    /// edited case changed anything else that decides the site's pages or its place in
    /// the date order, and the site must be resolved again. An edit of tags or of the
    /// organization changes only the term pages and the related cases: `Terms` makes
    /// them again (see `SiteSession.updateEditedCases`).
    static func edited(_ model: SiteModel, indices: [Int], parsed: [String: Case]) -> (model: SiteModel, sameTerms: Bool)? {
        var edited = model
        var sameTerms = true
        for i in indices {
            let old = model.cases[i]
            guard let new = parsed[old.sourcePath], sameShape(new, old) else { return nil }
            sameTerms = sameTerms && new.tags == old.tags && new.organization == old.organization
            edited.cases[i] = new
        }
        let cases = edited.cases
        for i in indices {
            if i > 0, !precedes(cases[i - 1], cases[i]) { return nil }
            if i + 1 < cases.count, !precedes(cases[i], cases[i + 1]) { return nil }
        }
        return (edited, sameTerms)
    }

    /// `edited` (`last` with the cases at `changed` replaced) with its terms and related
    /// cases made again, as `resolve` makes them.
    static func retermed(_ edited: SiteModel, last: SiteModel, changed: [Int], threads: Int, relatedCache: RelatedCache) -> SiteModel {
        var model = edited
        let terms = Terms(edited.cases, last: last, changed: changed, threads: threads, relatedCache: relatedCache)
        model.tags = terms.tags
        model.tagSlugs = terms.tagSlugs
        model.organizations = terms.organizations
        model.organizationSlugs = terms.organizationSlugs
        model.related = terms.related
        return model
    }

    /// Whether a site's content files are all published outside the folders of the pages
    /// that follow its terms, so that new or gone term pages cannot clash with one
    /// (`GeneratedFiles`) and the last plan's check still holds.
    static func assetsClearOfTermPages(_ model: SiteModel) -> Bool {
        !model.assets.contains { asset in PageKind.termFolders.contains { asset.output.hasPrefix($0) } }
    }

    /// Whether `new` is on the same lists as `old` (but for its tags and organization),
    /// with the same page and files, reports the same figures (label and unit: which case first writes a unit decides where its
    /// warning goes; and indicators, which decide the warnings about required ones) and is on the timeline in the same years (each year is a page); its
    /// place in the date order is checked separately.
    static func sameShape(_ new: Case, _ old: Case) -> Bool {
        new.sourcePath == old.sourcePath && new.slug == old.slug && new.category == old.category
            && new.draft == old.draft
            && new.bundlePath == old.bundlePath
            && Set(new.extra.map(\.key)) == Set(old.extra.map(\.key))
            && Set(new.metrics.map { [$0.label, $0.unit] }) == Set(old.metrics.map { [$0.label, $0.unit] })
            // Which required indicators it reports decides the warnings at the framework's file.
            && Set(new.metrics.compactMap(\.indicator)) == Set(old.metrics.compactMap(\.indicator))
            // Its place decides the map and which place page lists it.
            && new.location == old.location
            // Whether it is reviewed decides whether a reviewed-only build publishes it.
            && new.review == old.review
            && TimelineEvents.years(of: new) == TimelineEvents.years(of: old)
    }
}
