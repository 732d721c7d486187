import ExhibitText

/// JSON written straight into bytes, member by member, in the order the caller gives:
/// what `JSONValue` prints, without making the tree first. cases.json and every case
/// page's JSON-LD are written this way: made as trees of `JSONValue` (a box for every
/// object, array and pair) and then printed and freed, they were 3 % of a 1,000-case
/// build's instructions. `JSONValue` prints itself through this writer, so both give the
/// same text.
///
/// The calls must nest: `key` then one value in an object, values in an array, a
/// `begin…` closed by its `end…`. Compact, or indented by two spaces with `pretty`.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// Containers open.
    private var depth = 0
    /// Bit d set: the container open at depth d + 1 has a member already.
    private var filled: UInt64 = 0
    /// A key was written, so the next value is its value, not a member of its own.
    private var afterKey = false

    init(pretty: Bool = false, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// A key written in the code: plain ASCII with nothing to escape, copied as it is
    /// (quoted byte by byte, the keys of cases.json and the JSON-LD were a third of
    /// writing them).
    mutating func key(_ key: StaticString) {
        member()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { utf8 in
            assert(!utf8.contains { $0 < 0x20 || $0 >= 0x80 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") })
            bytes.append(contentsOf: utf8)
        }
        bytes.append(UInt8(ascii: "\""))
        colon()
    }

    /// A key from the content (a case's own fields), escaped as strings are.
    mutating func key(text key: String) {
        member()
        Self.quote(key, into: &bytes)
        colon()
    }

    private mutating func colon() {
        if pretty { bytes.append(UInt8(ascii: ":")); bytes.append(UInt8(ascii: " ")) } else { bytes.append(UInt8(ascii: ":")) }
        afterKey = true
    }

    mutating func string(_ s: String) {
        member()
        Self.quote(s, into: &bytes)
    }

    /// A whole number without a fraction (30, not 30.0), as the editor wrote it.
    mutating func number(_ d: Double) {
        member()
        bytes += (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : (d.isFinite ? String(d) : "null")).utf8
    }

    mutating func bool(_ b: Bool) {
        member()
        bytes += (b ? "true" : "false").utf8
    }

    mutating func null() {
        member()
        bytes += "null".utf8
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// An array of strings.
    mutating func strings(_ items: [String]) {
        beginArray()
        for item in items { string(item) }
        endArray()
    }

    /// `key` and its string value.
    mutating func pair(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    /// Before a value: the comma and line break that set a member apart, unless it is the
    /// value of the key just written.
    private mutating func member() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << (depth - 1)
        if filled & bit != 0 { bytes.append(UInt8(ascii: ",")) }
        filled |= bit
        if pretty { newline(depth) }
    }

    private mutating func open(_ bracket: UInt8) {
        member()
        bytes.append(bracket)
        precondition(depth < 64, "JSON nested deeper than 64 containers")
        depth += 1
        filled &= ~(1 << (depth - 1))
    }

    /// An empty container closes on its line (`[]`, `{}`), a filled one on a line of its own.
    private mutating func close(_ bracket: UInt8) {
        let wasFilled = filled & 1 << (depth - 1) != 0
        depth -= 1
        if pretty && wasFilled { newline(depth) }
        bytes.append(bracket)
    }

    /// Passes the bytes written so far to `write` and forgets them, keeping the writer's
    /// place: a long file (`data/cases.json`) goes out in pieces instead of whole.
    mutating func drain(into write: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer(write)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func newline(_ indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        // A byte at a time: `+= repeatElement(…)` went through the generic sequence path,
        // 150 instructions a line of `data/cases.json`.
        for _ in 0..<2 * indent { bytes.append(UInt8(ascii: " ")) }
    }

    /// A JSON string, `<` escaped too so that it is also safe inside a `<script>` element
    /// (JSON-LD).
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        s.withBytes { JSONString.append($0, to: &out, escapingLessThan: true) }
        out.append(UInt8(ascii: "\""))
    }
}
