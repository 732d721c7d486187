import ExhibitTemplates
import Synchronization

/// Makes each case's card once per page depth, like Hugo's `partialCached`: its values
/// and `partials/case-card` rendered with them. A case's card is the same on every list
/// at the same depth, and lists, tags, organizations and related cases show each card
/// many times. Profiling a 1,000-case build put card rendering at the top of Mustache's
/// cost; at 10,000 cases, remaking the values of every card of every list page was a
/// third of the time of list pages.
final class CardRenderer: Sendable {
    static let template = "partials/case-card"

    private let theme: Theme
    private let base: SendableContext
    private let cache = Mutex<[Key: SendableContext]>([:])

    struct Key: Hashable { var caseIndex: Int; var root: String }
    /// Template values, which are `Any` to swift-mustache.
    struct SendableContext: @unchecked Sendable {
        // Only strings, numbers, booleans, arrays and dictionaries of them, never mutated.
        let values: [String: Any]
    }

    init(theme: Theme, strings: [String: String], site: [String: Any]) {
        self.theme = theme
        self.base = SendableContext(values: ["t": strings, "site": site])
    }

    /// The card's values with `html`, the partial rendered with them; `values` is called
    /// only when the cache has no entry yet.
    func card(caseIndex: Int, root: String, values: () -> [String: Any]) -> [String: Any] {
        let key = Key(caseIndex: caseIndex, root: root)
        if let hit = cache.withLock({ $0[key] }) { return hit.values }
        var card = values()
        // The partial sees `t`, `site` and `root` besides the card, as on any page.
        var context = base.values
        for (name, value) in card { context[name] = value }
        context["root"] = root
        card["html"] = theme.render(Self.template, context: context) ?? ""
        cache.withLock { $0[key] = SendableContext(values: card) }
        return card
    }
}
