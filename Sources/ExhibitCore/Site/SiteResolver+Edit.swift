/// Resolving for the fast path of `serve`: an edit of cases that leaves the site's shape
/// alone keeps the last model's terms, lists, relations and output paths.
extension SiteResolver {
    /// `model` with the cases at `indices` replaced by their new parse (`parsed`, by
    /// source path); nil when an edited case changed lists or its place in the date
    /// order, and the site must be resolved again.
    static func edited(_ model: SiteModel, indices: [Int], parsed: [String: Case]) -> SiteModel? {
        var edited = model
        for i in indices {
            guard let new = parsed[model.cases[i].sourcePath], sameLists(new, model.cases[i]) else { return nil }
            edited.cases[i] = new
        }
        let cases = edited.cases
        for i in indices {
            if i > 0, !precedes(cases[i - 1], cases[i]) { return nil }
            if i + 1 < cases.count, !precedes(cases[i], cases[i + 1]) { return nil }
        }
        return edited
    }

    /// Whether `new` is on the same lists, with the same page and files, as `old`, reports
    /// the same figures (label and unit: which case first writes a unit decides where its
    /// warning goes; and indicators, which decide the warnings about required ones) and is on the timeline in the same years (each year is a page); its
    /// place in the date order is checked separately.
    static func sameLists(_ new: Case, _ old: Case) -> Bool {
        new.sourcePath == old.sourcePath && new.slug == old.slug && new.category == old.category
            && new.tags == old.tags && new.organization == old.organization && new.draft == old.draft
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
