import ExhibitTemplates
import Synchronization

/// Renders each case's card (`partials/case-card`) once per page depth, like Hugo's
/// `partialCached`, and keeps only the HTML (see `Card`). A case's card is the same on every list
/// at the same depth, and lists, tags, organizations and related cases show each card
/// many times. Profiling a 1,000-case build put card rendering at the top of Mustache's
/// cost; at 10,000 cases, remaking the values of every card of every list page was a
/// third of the time of list pages.
final class CardRenderer: Sendable {
    static let template = "partials/case-card"

    private let theme: Theme
    private let base: TemplateAny
    private let cache = Mutex<[Key: String]>([:])

    struct Key: Hashable { var caseIndex: Int; var root: String }

    /// `site` is the `site` value every page has, encoded once.
    init(theme: Theme, strings: [String: String], site: Encoded<SiteValues>) {
        self.theme = theme
        self.base = TemplateAny(["t": strings, "site": site.templateValue])
    }

    /// The partial rendered with the card's values; `values` is called only when the
    /// cache has no entry yet.
    func html(caseIndex: Int, root: String, values: () -> CardValues) -> String {
        let key = Key(caseIndex: caseIndex, root: root)
        if let hit = cache.withLock({ $0[key] }) { return hit }
        let values = values()
        // The partial sees `t`, `site` and `root` besides the card, as on any page.
        let encoded = TemplateEncoder.encode(values)
        var context = base.templateValue as? [String: Any] ?? [:]
        for (name, value) in encoded { context[name] = value }
        context["root"] = root
        let html = theme.render(Self.template, context: context) ?? ""
        cache.withLock { $0[key] = html }
        return html
    }
}
