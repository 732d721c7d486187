/// A map of template values whose names are made only when a template asks for one that
/// is not given: a card on a list page is `html` (its partial, rendered once) and the
/// card's own values, which the built-in list templates never read. Making every card's
/// values into a dictionary again for each list page that shows it was 7 % of a
/// 10,000-case build's CPU; keeping them made was half of its memory (see `Card`).
///
/// One is made for one page and read only while that page renders. The engine reads it
/// as the dictionary it stands for; for swift-mustache (the oracle), the template checker
/// and anything else that reads the values, `TemplateLazyList.materialized` makes that
/// dictionary.
public final class TemplateKeyed {
    private let given: [String: Any]
    private let names: Set<String>?
    private let make: () -> [String: Any]
    private var made: [String: Any]?

    /// `given` are names and values, over anything of the same name that `rest` makes.
    /// `names`, when known, holds every name `rest` can make: a name outside both is
    /// looked up past this value without making the rest (a card's previous and next
    /// links read `t.previous` inside it, which made every card's values for nothing).
    public init(_ given: [String: Any], names: Set<String>? = nil, rest: @escaping () -> [String: Any]) {
        self.given = given
        self.names = names
        self.make = rest
    }

    public func child(_ key: String) -> Any? {
        if let value = given[key] { return value }
        if let names, !names.contains(key) { return nil }
        if made == nil { made = make() }
        return made?[key]
    }

    /// Every name and value, as one dictionary.
    public var dictionary: [String: Any] {
        (made ?? make()).merging(given) { _, given in given }
    }
}
