import ExhibitText
import Foundation

/// swift-mustache's transforms over template values, as the engine reads them.
extension TemplateValues {
    /// swift-mustache's transforms (`{{uppercased(title)}}`, `{{count(items)}}`,
    /// `{{index()}}`…): nil when the value has no such transform, which renders nothing.
    static func transform(_ name: String, _ value: Any) -> Any? {
        if let lazy = lazy(value) { return transform(name, lazy.items) }
        if let joined = joinedText(value) { return transform(name, joined.string) }
        if let text = utf8Text(value) { return transform(name, text.string) }
        if let position = value as? ListPosition {
            switch name {
            case "first": return position.first
            case "last": return position.last
            case "index": return position.index
            case "even": return position.index & 1 == 0
            case "odd": return position.index & 1 == 1
            default: return nil
            }
        }
        if let text = value as? String { return transform(name, text: Substring(text)) }
        if let text = value as? Substring { return transform(name, text: text) }
        if let int = value as? Int {
            switch name {
            case "equalzero": return int == 0
            case "plusone": return int + 1
            case "minusone": return int - 1
            case "even": return int & 1 == 0
            case "odd": return int & 1 == 1
            default: return nil
            }
        }
        if let reversed = value as? ReversedCollection<[Any]> {
            switch name {
            case "first": return reversed.first
            case "last": return reversed.last
            case "reversed": return reversed.reversed()
            case "count": return reversed.count
            case "empty": return reversed.isEmpty
            default: return nil
            }
        }
        if type(of: value) == [String: String].self { return transform(name, dictionary: value as! [String: String]) }
        if type(of: value) == TemplateStrings.self { return transform(name, dictionary: (value as! TemplateStrings).dictionary) }
        if let dictionary = dictionary(value) { return transform(name, dictionary: dictionary) }
        if let items = value as? [Any] {
            switch name {
            case "first": return items.first
            case "last": return items.last
            case "reversed": return items.reversed()
            case "count": return items.count
            case "empty": return items.isEmpty
            // Only an array typed as strings or numbers sorts, as in swift-mustache; the
            // `[Any]` of page values does not (a cast would make one of strings sortable).
            case "sorted":
                if type(of: value) == [String].self { return (value as! [String]).sorted() }
                if type(of: value) == [Int].self { return (value as! [Int]).sorted() }
                return nil
            default: return nil
            }
        }
        return nil
    }

    private static func transform(_ name: String, text: Substring) -> Any? {
        switch name {
        case "empty": return text.isEmpty
        case "capitalized": return text.capitalized
        case "lowercased": return text.lowercased()
        case "uppercased": return text.uppercased()
        case "reversed": return Substring(text.reversed())
        default: return nil
        }
    }

    private static func transform<Value>(_ name: String, dictionary: [String: Value]) -> Any? {
        switch name {
        case "count": return dictionary.count
        case "empty": return dictionary.isEmpty
        case "enumerated": return dictionary.map { (key: $0.key, value: $0.value) }
        case "sorted": return dictionary.map { (key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
        default: return nil
        }
    }
}
