/// The tags of an HTML page as a browser's tokenizer splits them: quoted attribute values
/// are values (so `title="&quot; onclick=&quot;"` is no event handler), entities are
/// decoded, and the content of raw-text elements (`script`, `style`) is not read as
/// markup. Enough of HTML's tokenizer to say what a browser would run, and no more:
/// a test must not trust a regular expression over the page's text for that.
struct HTMLTokens {
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        /// The raw text up to the matching end tag, for `script` and `style`.
        var rawText: String?
        var line: Int
    }

    private(set) var tags: [Tag] = []

    init(_ html: String) {
        let s = Array(html.unicodeScalars)
        var i = 0
        var line = 1
        func starts(_ text: String, at index: Int) -> Bool {
            let t = Array(text.lowercased().unicodeScalars)
            guard index + t.count <= s.count else { return false }
            for k in 0..<t.count where Character(s[index + k]).lowercased() != String(t[k]) { return false }
            return true
        }
        func skip(past text: String) {
            while i < s.count, !starts(text, at: i) { if s[i] == "\n" { line += 1 }; i += 1 }
            i = min(s.count, i + text.unicodeScalars.count)
        }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }
        while i < s.count {
            if s[i] == "\n" { line += 1 }
            guard s[i] == "<" else { i += 1; continue }
            if starts("<!--", at: i) { i += 4; skip(past: "-->"); continue }
            if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" { skip(past: ">"); continue }
            let isEnd = i + 1 < s.count && s[i + 1] == "/"
            var j = i + (isEnd ? 2 : 1)
            guard j < s.count, s[j].properties.isAlphabetic, s[j].isASCII else { i += 1; continue }
            var name = ""
            while j < s.count, !isSpace(s[j]), s[j] != "/", s[j] != ">" { name.unicodeScalars.append(s[j]); j += 1 }
            name = name.lowercased()
            var attributes: [(String, String)] = []
            while j < s.count, s[j] != ">" {
                if isSpace(s[j]) || s[j] == "/" { if s[j] == "\n" { line += 1 }; j += 1; continue }
                var attr = ""
                while j < s.count, !isSpace(s[j]), s[j] != "/", s[j] != ">", s[j] != "=" || attr.isEmpty {
                    attr.unicodeScalars.append(s[j]); j += 1
                }
                while j < s.count, isSpace(s[j]) { j += 1 }
                var value = ""
                if j < s.count, s[j] == "=" {
                    j += 1
                    while j < s.count, isSpace(s[j]) { j += 1 }
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let quote = s[j]; j += 1
                        while j < s.count, s[j] != quote { if s[j] == "\n" { line += 1 }; value.unicodeScalars.append(s[j]); j += 1 }
                        j += 1
                    } else {
                        while j < s.count, !isSpace(s[j]), s[j] != ">" { value.unicodeScalars.append(s[j]); j += 1 }
                    }
                }
                attributes.append((attr.lowercased(), Self.decodeEntities(value)))
            }
            i = j + 1
            if isEnd { continue }
            var tag = Tag(name: name, attributes: attributes, rawText: nil, line: line)
            if ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"].contains(name) {
                let start = i
                skip(past: "</" + name)
                let end = max(start, i - name.count - 2)
                tag.rawText = String(String.UnicodeScalarView(s[start..<end]))
            }
            tags.append(tag)
        }
    }

    /// Character references as a browser decodes them in attribute values.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t",
                     "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")"]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[rest.index(after: amp)...]
            let body = rest.prefix { $0 != ";" && $0 != "&" && $0 != " " && $0 != "<" }
            var decoded: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = named[body.lowercased()]
            }
            if let decoded {
                out += decoded
                rest = rest.dropFirst(body.count)
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                out += "&"
            }
        }
        return out + rest
    }
}
