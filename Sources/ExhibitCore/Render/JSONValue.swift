/// JSON values for the data downloads' parts that are trees already (a case's `extra`
/// fields, its location, the indicator framework), printed by `JSONWriter`, written here
/// because Foundation's `JSONSerialization` (with sorted keys) was a tenth of a
/// 1,000-case build on Linux. Keys keep the order they are given in, so the output is the
/// same on every build.
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool { a.text() == b.text() }

    /// Compact text, or indented by two spaces with `pretty`.
    func text(pretty: Bool = false) -> String { String(decoding: bytes(pretty: pretty), as: UTF8.self) }

    /// The text's UTF-8 bytes, for a file.
    func bytes(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        write(to: &writer)
        return writer.bytes
    }

    /// Printed by `JSONWriter`, which the data downloads also write with directly.
    func write(to writer: inout JSONWriter) {
        switch self {
        case .string(let s): writer.string(s)
        case .number(let d): writer.number(d)
        case .bool(let b): writer.bool(b)
        case .null: writer.null()
        case .array(let items):
            writer.beginArray()
            for item in items { item.write(to: &writer) }
            writer.endArray()
        case .object(let pairs):
            writer.beginObject()
            for (key, value) in pairs {
                writer.key(text: key)
                value.write(to: &writer)
            }
            writer.endObject()
        }
    }
}

extension JSONValue {
    init(_ value: YAMLValue) {
        switch value {
        case .string(let s): self = .string(s)
        case .number(let d): self = .number(d)
        case .bool(let b): self = .bool(b)
        case .list(let items): self = .array(items.map(JSONValue.init))
        case .map(let pairs): self = .object(pairs.map { ($0.0, JSONValue($0.1)) })
        case .null: self = .null
        }
    }
}
