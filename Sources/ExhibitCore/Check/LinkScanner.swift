import Foundation

/// One start tag of an HTML page, with its attributes as written.
public struct HTMLTag: Sendable, Equatable {
    /// Lower-case tag name (`a`, `img`).
    public var name: String
    public var attributes: [HTMLAttribute]
    /// Byte offset of the tag's `<` in the page.
    public var offset: Int

    /// The value of the attribute `name` (lower-case), if the tag has it.
    public func value(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    public func attribute(_ name: String) -> HTMLAttribute? {
        attributes.first { $0.name == name }
    }
}

/// One attribute of a tag: lower-case name, value with character references decoded
/// (nil when the attribute has no `=`), and the byte offset of its name in the page.
public struct HTMLAttribute: Sendable, Equatable {
    public var name: String
    public var value: String?
    public var offset: Int
}

/// Finds the start tags and attributes of an HTML page: all `check` needs to follow
/// links, anchors and images.
///
/// Why not an HTML parser library: none is available among the packages this project's
/// machines can fetch (SwiftSoup and its kind are not mirrored; see
/// /work/.library/env/machines/*.md), and libxml2's HTML parser is neither HTML5 nor in
/// Foundation on Linux. The pages checked are the ones Exhibit itself wrote, so a
/// small scanner that knows tags, attributes, comments and raw-text elements is enough:
/// it works on UTF-8 bytes, never builds a tree, and keeps each attribute's offset so
/// messages can point at `line:column`.
public struct LinkScanner: Sendable {
    public let bytes: [UInt8]

    public init(_ html: Data) {
        bytes = [UInt8](html)
    }

    public init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// 1-based line and column of a byte offset of `html`; columns count characters
    /// (Unicode scalars), not bytes, as an editor shows them. Worked out only for the
    /// few places a message needs, by counting from the start.
    public static func position(of offset: Int, in html: some Collection<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in html.prefix(offset) {
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// 1-based line and column of a byte offset of this page.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        Self.position(of: offset, in: bytes)
    }

    /// Every start tag, in order. Comments, doctypes, end tags and the contents of
    /// `script`, `style`, `textarea` and `title` are skipped. With `keeping`, only the
    /// attributes of those names are kept (and their values decoded): less to allocate
    /// on pages with many classes.
    public func tags(keeping: Set<String>? = nil) -> [HTMLTag] {
        var result: [HTMLTag] = []
        let n = bytes.count
        var i = 0
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "!") {
                if matches("<!--", at: i) {
                    i = find("-->", from: i + 4).map { $0 + 3 } ?? n
                } else {
                    i = find(">", from: i + 2).map { $0 + 1 } ?? n
                }
            } else if next == UInt8(ascii: "/") || next == UInt8(ascii: "?") {
                i = find(">", from: i + 2).map { $0 + 1 } ?? n
            } else if Self.isLetter(next) {
                let (tag, end) = startTag(at: i + 1, from: i, keeping: keeping)
                result.append(tag)
                i = end
                if Self.rawText.contains(tag.name) {
                    i = closing(tag.name, from: i)
                }
            } else {
                i += 1
            }
        }
        return result
    }

    /// Reads a start tag whose name begins at `start`; returns it and the offset after `>`.
    private func startTag(at start: Int, from open: Int, keeping: Set<String>?) -> (HTMLTag, Int) {
        let n = bytes.count
        var i = start
        while i < n, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
        var tag = HTMLTag(name: lowercased(start, i), attributes: [], offset: open)
        while i < n {
            while i < n, Self.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < n else { break }
            if bytes[i] == UInt8(ascii: ">") { return (tag, i + 1) }
            let nameStart = i
            while i < n, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"),
                  bytes[i] != UInt8(ascii: "/") { i += 1 }
            let name = lowercased(nameStart, i)
            let kept = keeping?.contains(name) ?? true
            var j = i
            while j < n, Self.isSpace(bytes[j]) { j += 1 }
            var value: String?
            if j < n, bytes[j] == UInt8(ascii: "=") {
                j += 1
                while j < n, Self.isSpace(bytes[j]) { j += 1 }
                if j < n, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    let quote = bytes[j]
                    var k = j + 1
                    while k < n, bytes[k] != quote { k += 1 }
                    if kept { value = Self.decodeReferences(String(decoding: bytes[(j + 1)..<k], as: UTF8.self)) }
                    i = min(n, k + 1)
                } else {
                    var k = j
                    while k < n, !Self.isSpace(bytes[k]), bytes[k] != UInt8(ascii: ">") { k += 1 }
                    if kept { value = Self.decodeReferences(String(decoding: bytes[j..<k], as: UTF8.self)) }
                    i = k
                }
            }
            if kept { tag.attributes.append(HTMLAttribute(name: name, value: value, offset: nameStart)) }
        }
        return (tag, n)
    }

    /// The offset after `</name…>`, or the end of the page.
    private func closing(_ name: String, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        while let lt = find("</", from: i) {
            if lowercased(lt + 2, min(n, lt + 2 + name.utf8.count)) == name {
                return find(">", from: lt + 2).map { $0 + 1 } ?? n
            }
            i = lt + 2
        }
        return n
    }

    private func matches(_ text: String, at offset: Int) -> Bool {
        matches(Array(text.utf8), at: offset)
    }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for (k, b) in pattern.enumerated() where bytes[offset + k] != b { return false }
        return true
    }

    private func find(_ text: String, from start: Int) -> Int? {
        let pattern = Array(text.utf8)
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == first && (pattern.count == 1 || matches(pattern, at: i)) { return i }
            i += 1
        }
        return nil
    }

    private func lowercased(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<max(start, end)].map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// Elements whose content is text, not tags.
    static let rawText: Set<String> = ["script", "style", "textarea", "title"]

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }

    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    /// Decodes the character references a template or cmark-gfm puts in an attribute
    /// (`&amp;`, `&quot;`, `&#39;`, `&#x3D;`); an unknown one is left as written.
    static func decodeReferences(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let name = after[..<semi]
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = namedReferences[String(name)]
                }
                if let decoded {
                    result += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }
}
