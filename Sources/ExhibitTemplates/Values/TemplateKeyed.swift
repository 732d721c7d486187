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
    private let name: String
    private let value: Any
    private let make: () -> [String: Any]
    private var made: [String: Any]?

    /// `name` is `value`, over anything of the same name that `rest` makes.
    public init(_ name: String, _ value: Any, rest: @escaping () -> [String: Any]) {
        self.name = name
        self.value = value
        self.make = rest
    }

    public func child(_ key: String) -> Any? {
        if key == name { return value }
        if made == nil { made = make() }
        return made?[key]
    }

    /// Every name and value, as one dictionary.
    public var dictionary: [String: Any] {
        var all = made ?? make()
        all[name] = value
        return all
    }
}
