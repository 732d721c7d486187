import ExhibitText
/// A list whose items are made as the template reaches them and let go after: a list of
/// every case (the booklet's) held as template values at once was a fifth of a
/// 10,000-case build's memory.
///
/// The engine renders it as the list it stands for; for swift-mustache (the oracle) and
/// anything else that reads the values, `TemplateLazyList.materialized` makes the array.
public final class TemplateLazyList: @unchecked Sendable {
    // `make` only reads values that do not change while the page renders.
    public let count: Int
    private let make: (Int) -> Any

    public init(count: Int, make: @escaping (Int) -> Any) {
        self.count = count
        self.make = make
    }

    public func item(_ index: Int) -> Any { make(index) }

    public var items: [Any] { (0..<count).map(make) }

    /// `value` with every lazy list in it, at any depth, made into an array, and every
    /// `TemplateKeyed`, `TemplateRecord` and `TemplateStrings` into its dictionary, and joined
    /// text into its `String`.
    /// Only `[String: Any]` and `[Any]` are gone into, by their exact type: a cast would
    /// turn a `[String: String]` into another dictionary, which prints otherwise.
    public static func materialized(_ value: Any) -> Any {
        if type(of: value) == TemplateLazyList.self { return (value as! TemplateLazyList).items.map(materialized) }
        if type(of: value) == [String: Any].self { return (value as! [String: Any]).mapValues(materialized) }
        if type(of: value) == [Any].self { return (value as! [Any]).map(materialized) }
        if type(of: value) == TemplateRecord.self { return (value as! TemplateRecord).dictionary.mapValues(materialized) }
        if type(of: value) == TemplateKeyed.self { return (value as! TemplateKeyed).dictionary.mapValues(materialized) }
        if type(of: value) == TemplateStrings.self { return (value as! TemplateStrings).dictionary }
        if type(of: value) == TemplateJoinedText.self { return (value as! TemplateJoinedText).string }
        if type(of: value) == UTF8Text.self { return (value as! UTF8Text).string }
        return value
    }
}
