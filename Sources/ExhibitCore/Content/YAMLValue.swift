import ExhibitText
import Yams

/// A front-matter or site.yaml value Exhibit does not interpret, kept for templates.
public indirect enum YAMLValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([YAMLValue])
    case map([(String, YAMLValue)])
    case null

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if let b = node.bool, ["true", "false", "yes", "no"].contains(scalar.string.lowercased()) { self = .bool(b); return }
                if scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty { self = .null; return }
                if let d = Double(scalar.string), scalar.string.first.map({ $0.isNumber || $0 == "-" }) == true { self = .number(d); return }
            }
            self = .string(InvisibleCharacters.removing(from: scalar.string))
        case .sequence(let seq):
            self = .list(seq.map(YAMLValue.init))
        case .mapping(let map):
            self = .map(map.map { (InvisibleCharacters.removing(from: $0.key.scalarText ?? ""), YAMLValue($0.value)) })
        case .alias:
            self = .null
        }
    }

    /// The value as a template sees it: strings, numbers, booleans, lists and maps.
    var templateValue: Any {
        switch self {
        case .string(let s): return s
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? Int(d) as Any : d as Any
        case .bool(let b): return b
        case .list(let items): return items.map(\.templateValue)
        case .map(let pairs): return Dictionary(pairs.map { ($0.0, $0.1.templateValue) }, uniquingKeysWith: { a, _ in a })
        case .null: return false
        }
    }

    public static func == (a: YAMLValue, b: YAMLValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.list(let x), .list(let y)): return x == y
        case (.map(let x), .map(let y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        case (.null, .null): return true
        default: return false
        }
    }
}
