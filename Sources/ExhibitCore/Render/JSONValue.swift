import ExhibitText

/// JSON for the data downloads and JSON-LD, written here because Foundation's
/// `JSONSerialization` (with sorted keys) was a tenth of a 1,000-case build on Linux.
/// Keys keep the order they are given in, so the output is the same on every build.
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
        var out: [UInt8] = []
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    // Written as UTF-8 bytes: appending a string's scalars one at a time to a `String`
    // made JSON-LD and the data downloads 4 % of a build's CPU.
    private func write(to out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .string(let s): Self.quote(s, into: &out)
        case .number(let d):
            out += (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : (d.isFinite ? String(d) : "null")).utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(indent + 1, into: &out) }
                item.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(indent, into: &out) }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(indent + 1, into: &out) }
                Self.quote(key, into: &out)
                out += (pretty ? ": " : ":").utf8
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(indent, into: &out) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ indent: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: 2 * indent)
    }

    /// Escapes what JSON requires, and `<` so that the text is also safe inside a
    /// `<script>` element (JSON-LD). Every byte escaped is ASCII, which in UTF-8 never
    /// stands inside another character's bytes, so the rest is copied as it is.
    private static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        s.withBytes { bytes in
            // The bytes between two escapes are copied together: appended one at a time,
            // the summaries and titles of cases.json took half of its time. Eight bytes
            // without a byte to escape are passed at once (`ByteWord`): looked at one by
            // one, they were most of the time of writing the data downloads and JSON-LD.
            var start = 0
            var i = 0
            let n = bytes.count
            while i < n {
                if i + 8 <= n {
                    let word = ByteWord.load(bytes, at: i)
                    let special = ByteWord.below(0x20, word) | ByteWord.equal(0x22, word) | ByteWord.equal(0x5C, word)
                        | ByteWord.equal(0x3C, word)
                    if special == 0 { i += 8; continue }
                }
                // The word that holds one, or the last bytes, a byte at a time.
                let end = min(i + 8, n)
                while i < end {
                    let byte = bytes[i]
                    i += 1
                    let escape: String
                    switch byte {
                    case UInt8(ascii: "\""): escape = #"\""#
                    case UInt8(ascii: "\\"): escape = #"\\"#
                    case UInt8(ascii: "\n"): escape = #"\n"#
                    case UInt8(ascii: "\r"): escape = #"\r"#
                    case UInt8(ascii: "\t"): escape = #"\t"#
                    case UInt8(ascii: "<"): escape = #"\u003c"#
                    case ..<0x20:
                        let hex = String(byte, radix: 16)
                        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    default: continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]))
                    out += escape.utf8
                    start = i
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
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
