import ExhibitTemplates
import Synchronization

/// Renders `partials/case-card` once per case and page depth, like Hugo's
/// `partialCached`: a case's card is the same on every list at the same depth, and lists,
/// tags, organizations and related cases show each card many times. Profiling a
/// 1,000-case build put card rendering at the top of Mustache's cost.
final class CardRenderer: Sendable {
    static let template = "partials/case-card"

    private let theme: Theme
    private let base: SendableContext
    private let cache = Mutex<[Key: String]>([:])

    struct Key: Hashable { var caseIndex: Int; var root: String }
    /// The card partial's context besides the card: `t` and `site`, the same on every page.
    struct SendableContext: @unchecked Sendable {
        // Only strings, numbers, booleans, arrays and dictionaries of them, never mutated.
        let values: [String: Any]
    }

    init(theme: Theme, strings: [String: String], site: [String: Any]) {
        self.theme = theme
        self.base = SendableContext(values: ["t": strings, "site": site])
    }

    /// The card's HTML; `card` is made only when the cache has no entry yet.
    func html(caseIndex: Int, root: String, card: () -> [String: Any]) -> String {
        let key = Key(caseIndex: caseIndex, root: root)
        if let hit = cache.withLock({ $0[key] }) { return hit }
        var context = base.values
        for (name, value) in card() { context[name] = value }
        context["root"] = root
        let html = theme.render(Self.template, context: context) ?? ""
        cache.withLock { $0[key] = html }
        return html
    }
}
