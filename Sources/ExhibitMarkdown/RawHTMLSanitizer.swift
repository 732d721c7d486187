/// Removes script from the raw HTML an author writes with `unsafe_html` on.
///
/// The HTML is tokenised the way a browser's tokenizer splits tags, attributes and
/// comments, and every tag is written back with its attributes re-quoted:
/// - `on…` event handlers and `srcdoc` are dropped;
/// - a value holding a `javascript:`/`vbscript:` URL or a non-image `data:` URL, after the
///   browser's entity decoding and whitespace stripping, becomes `#`;
/// - `<` and `>` inside values are escaped, so no element that a browser reads as raw text
///   (`<noscript>`) can turn a value back into markup;
/// - `<noscript>`, `<base>` (which would redirect every relative script), `<meta>`
///   (refresh redirects), and `<object>`, `<embed>`, `<applet>`, `<frame>`, `<frameset>`
///   and `<portal>` (each loads a foreign document that can run script, as `<iframe>` can)
///   are shown as text, as GFM's tag filter does for `<script>` and `<iframe>`;
/// - a tag or comment that never closes is escaped, so it cannot swallow the page's own
///   markup that follows and turn it into attributes.
/// GFM's tag filter still runs afterwards, when cmark renders the node.
struct RawHTMLSanitizer {
    private static let textOnlyTags: Set<String> = [
        "noscript", "base", "meta", "object", "embed", "applet", "frame", "frameset", "portal",
    ]

    private let input: [UInt8]
    private var output: [UInt8] = []
    private var index = 0
    /// Bytes that scans for a closing `>` may still read in vain. A scan that fails is
    /// repeated from the next `<`, so hostile input could make the work quadratic; once
    /// this budget is spent, every remaining `<` is escaped instead, which is always safe.
    private var failedScanBudget: Int

    static func sanitize(_ html: String) -> String {
        var sanitizer = RawHTMLSanitizer(input: Array(html.utf8))
        sanitizer.run()
        return String(decoding: sanitizer.output, as: UTF8.self)
    }

    private init(input: [UInt8]) {
        self.input = input
        failedScanBudget = 4 * input.count + 65_536
        output.reserveCapacity(input.count + 16)
    }

    private mutating func run() {
        while index < input.count {
            let current = input[index]
            guard current == UInt8(ascii: "<"), failedScanBudget > 0 else {
                if current == UInt8(ascii: "<") {
                    escapeOpeningBracket()
                } else {
                    output.append(current)
                    index += 1
                }
                continue
            }
            let next = byte(at: index + 1)
            if next == UInt8(ascii: "!") {
                copyMarkupDeclaration()
            } else if next == UInt8(ascii: "?") {
                copyVerbatim(through: firstIndex(of: UInt8(ascii: ">"), from: index + 2))
            } else if next == UInt8(ascii: "/"), isASCIILetter(byte(at: index + 2)) {
                copyTag(nameStart: index + 2, isEndTag: true)
            } else if next == UInt8(ascii: "/") {
                // `</` not followed by a letter is a bogus comment up to the next `>`.
                copyVerbatim(through: firstIndex(of: UInt8(ascii: ">"), from: index + 2))
            } else if isASCIILetter(next) {
                copyTag(nameStart: index + 1, isEndTag: false)
            } else {
                escapeOpeningBracket()
            }
        }
    }

    /// `<!-- … -->`, or `<!DOCTYPE …>`/`<![CDATA[…` up to the first `>`.
    private mutating func copyMarkupDeclaration() {
        guard byte(at: index + 2) == UInt8(ascii: "-"), byte(at: index + 3) == UInt8(ascii: "-") else {
            copyVerbatim(through: firstIndex(of: UInt8(ascii: ">"), from: index + 2))
            return
        }
        // A comment closes at `-->` or `--!>`, and `<!-->` and `<!--->` are complete comments:
        // stop where the browser stops, or what follows would be copied unexamined.
        let bodyStart = index + 4
        if byte(at: bodyStart) == UInt8(ascii: ">") { return copyVerbatim(through: bodyStart) }
        if byte(at: bodyStart) == UInt8(ascii: "-"), byte(at: bodyStart + 1) == UInt8(ascii: ">") {
            return copyVerbatim(through: bodyStart + 1)
        }
        var cursor = bodyStart
        while cursor + 2 < input.count {
            if input[cursor] == UInt8(ascii: "-"), input[cursor + 1] == UInt8(ascii: "-") {
                if input[cursor + 2] == UInt8(ascii: ">") { return copyVerbatim(through: cursor + 2) }
                if input[cursor + 2] == UInt8(ascii: "!"), byte(at: cursor + 3) == UInt8(ascii: ">") {
                    return copyVerbatim(through: cursor + 3)
                }
            }
            cursor += 1
        }
        failedScanBudget -= input.count - index
        escapeOpeningBracket()
    }

    /// Copies from `index` through `end` unchanged, or escapes the `<` if there is no end.
    private mutating func copyVerbatim(through end: Int?) {
        guard let end else {
            failedScanBudget -= input.count - index
            return escapeOpeningBracket()
        }
        output.append(contentsOf: input[index...end])
        index = end + 1
    }

    private mutating func escapeOpeningBracket() {
        output.append(contentsOf: Array("&lt;".utf8))
        index += 1
    }

    /// Parses one start or end tag with the tokenizer's rules and writes it back cleaned.
    private mutating func copyTag(nameStart: Int, isEndTag: Bool) {
        var cursor = nameStart
        while cursor < input.count, !isHTMLSpace(input[cursor]), input[cursor] != UInt8(ascii: "/"),
            input[cursor] != UInt8(ascii: ">")
        {
            cursor += 1
        }
        let name = input[nameStart..<cursor]
        let lowerName = String(decoding: name, as: UTF8.self).lowercased()
        var attributes: [(name: ArraySlice<UInt8>, value: ArraySlice<UInt8>?)] = []
        var selfClosing = false
        var closed = false
        scan: while cursor < input.count {
            let byte = input[cursor]
            if isHTMLSpace(byte) {
                cursor += 1
            } else if byte == UInt8(ascii: ">") {
                cursor += 1
                closed = true
                break scan
            } else if byte == UInt8(ascii: "/") {
                cursor += 1
                selfClosing = self.byte(at: cursor) == UInt8(ascii: ">")
            } else {
                // An attribute name may start with `=`; it then runs to a separator.
                let attributeStart = cursor
                cursor += 1
                while cursor < input.count, !isHTMLSpace(input[cursor]), input[cursor] != UInt8(ascii: "/"),
                    input[cursor] != UInt8(ascii: ">"), input[cursor] != UInt8(ascii: "=")
                {
                    cursor += 1
                }
                let attributeName = input[attributeStart..<cursor]
                var lookahead = cursor
                while lookahead < input.count, isHTMLSpace(input[lookahead]) { lookahead += 1 }
                guard lookahead < input.count, input[lookahead] == UInt8(ascii: "=") else {
                    attributes.append((attributeName, nil))
                    continue
                }
                lookahead += 1
                while lookahead < input.count, isHTMLSpace(input[lookahead]) { lookahead += 1 }
                guard lookahead < input.count else { break scan }
                let quote = input[lookahead]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let closing = firstIndex(of: quote, from: lookahead + 1) else { break scan }
                    attributes.append((attributeName, input[(lookahead + 1)..<closing]))
                    cursor = closing + 1
                } else {
                    var valueEnd = lookahead
                    while valueEnd < input.count, !isHTMLSpace(input[valueEnd]), input[valueEnd] != UInt8(ascii: ">") {
                        valueEnd += 1
                    }
                    attributes.append((attributeName, input[lookahead..<valueEnd]))
                    cursor = valueEnd
                }
            }
        }
        guard closed else {
            failedScanBudget -= input.count - index
            return escapeOpeningBracket()
        }

        output.append(contentsOf: Self.textOnlyTags.contains(lowerName) ? Array("&lt;".utf8) : [UInt8(ascii: "<")])
        if isEndTag { output.append(UInt8(ascii: "/")) }
        output.append(contentsOf: name)
        for attribute in attributes where Self.keepsAttribute(attribute.name) {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attribute.name)
            guard let value = attribute.value else { continue }
            output.append(contentsOf: Array("=\"".utf8))
            if URLSafety.isSafeAttributeValue(HTMLEntityDecoder.decode(value)) {
                appendAttributeValue(value)
            } else {
                output.append(UInt8(ascii: "#"))
            }
            output.append(UInt8(ascii: "\""))
        }
        if selfClosing { output.append(contentsOf: Array(" /".utf8)) }
        output.append(UInt8(ascii: ">"))
        index = cursor
    }

    /// Writes a raw value for a double-quoted attribute; references stay as written, since
    /// the browser decodes them the same way in any quoting.
    private mutating func appendAttributeValue(_ value: ArraySlice<UInt8>) {
        for byte in value {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: Array("&quot;".utf8))
            case UInt8(ascii: "<"): output.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): output.append(contentsOf: Array("&gt;".utf8))
            default: output.append(byte)
            }
        }
    }

    /// Plain attribute names only (no quotes or brackets a browser might reinterpret), and
    /// never an event handler or an iframe document.
    private static func keepsAttribute(_ name: ArraySlice<UInt8>) -> Bool {
        let valid = name.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: ".")
        }
        guard valid, !name.isEmpty else { return false }
        let lower = String(decoding: name, as: UTF8.self).lowercased()
        return !lower.hasPrefix("on") && lower != "srcdoc"
    }

    private func byte(at position: Int) -> UInt8? {
        position < input.count ? input[position] : nil
    }

    private func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < input.count else { return nil }
        return input[start...].firstIndex(of: byte)
    }

    private func isASCIILetter(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
    }

    private func isHTMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
