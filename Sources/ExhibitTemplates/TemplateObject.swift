import Mustache

/// A map of a page's context as swift-mustache sees it.
///
/// swift-mustache finds names through `as? MustacheParent` casts on every object of the
/// context stack, for every tag. For `[String: Any]` that cast goes through a
/// conditional conformance (`Key == String`), which the Swift runtime cannot answer from
/// its cache as cheaply as it answers it for a final class; wrapping the maps once per
/// page made rendering markedly cheaper (see bench/ and the note on issue 6).
final class TemplateObject: MustacheParent, @unchecked Sendable {
    // Built once per page from plain values and never mutated.
    private let values: [String: Any]

    init(_ values: [String: Any]) {
        var wrapped: [String: Any] = [:]
        wrapped.reserveCapacity(values.count)
        for (key, value) in values { wrapped[key] = Self.wrap(value) }
        self.values = wrapped
    }

    func child(named name: String) -> Any? { values[name] }

    static func wrap(_ value: Any) -> Any {
        switch value {
        case let map as [String: Any]: return TemplateObject(map)
        case let list as [Any]: return list.map(wrap)
        case let maps as [[String: Any]]: return maps.map { TemplateObject($0) }
        default: return value
        }
    }
}
