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
    /// One or two names (a card's `html`, or its link's `title` and `url`), compared one
    /// by one: a dictionary of them, made for every card on every page and hashed at each
    /// lookup, was three times the instructions.
    private let given: KeyValuePairs<String, Any>
    private let names: Set<String>?
    private let make: () -> [String: Any]
    private var made: [String: Any]?

    /// `given` are names and values, over anything of the same name that `rest` makes.
    /// `names`, when known, holds every name `rest` can make: a name outside both is
    /// looked up past this value without making the rest (a card's previous and next
    /// links read `t.previous` inside it, which made every card's values for nothing).
    public init(_ given: KeyValuePairs<String, Any>, names: Set<String>? = nil, rest: @escaping () -> [String: Any]) {
        self.given = given
        self.names = names
        self.make = rest
    }

    public func child(_ key: String) -> Any? {
        for (name, value) in given where name == key { return value }
        if let names, !names.contains(key) { return nil }
        if made == nil { made = make() }
        return made?[key]
    }

    /// Every name and value, as one dictionary (the first of a name given twice).
    public var dictionary: [String: Any] {
        var all = made ?? make()
        for (name, value) in given.reversed() { all[name] = value }
        return all
    }
}
