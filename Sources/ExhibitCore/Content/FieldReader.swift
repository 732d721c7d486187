import ExhibitText
import Yams

/// Reads typed values out of front-matter nodes, turning every wrong type into a
/// diagnostic at the value's own line and column in the original file.
struct FieldReader {
    let path: String
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    func position(_ node: Node) -> (line: Int, column: Int) {
        guard let mark = node.mark else { return (lineOffset + 1, 1) }
        return (mark.line + lineOffset, mark.column)
    }

    mutating func error(_ node: Node, _ message: String, fix: String? = nil) {
        let (line, column) = position(node)
        diagnostics.append(.error(path, line: line, column: column, message, fix: fix))
    }

    mutating func warning(_ node: Node, _ message: String, fix: String? = nil) {
        let (line, column) = position(node)
        diagnostics.append(.warning(path, line: line, column: column, message, fix: fix))
    }

    /// A warning for each key of `frontMatter` not in `known` that is close to one that
    /// is (a likely typo); a key close to none is left alone, as the author's own field.
    /// Called after the required keys are read, so that its warnings follow theirs.
    mutating func warnAboutMisspelledKeys(in frontMatter: FrontMatter, known: [String],
                                          fix: (_ key: String, _ guess: String) -> String) {
        for field in frontMatter.fields where !known.contains(field.key) {
            let key = field.key
            // Letters typed with a Chinese input method left in full-width mode
            // (`ｔｉｔｌｅ`) look like a key but are not it, and are far from it by edit
            // distance: they are compared as the ASCII they stand for.
            let halfWidth = Self.halfWidth(key)
            if let halfWidth, known.contains(halfWidth.lowercased()) {
                let meant = halfWidth.lowercased()
                warning(field.keyNode, "the key `\(key)` is written in full-width letters, so it is not `\(meant)`",
                        fix: "type it again with the input method in half-width (English) mode: `\(meant):`")
            } else if let guess = Suggestion.closest(to: halfWidth ?? key, in: known) {
                let written = halfWidth == nil ? "" : " (it is written in full-width letters)"
                warning(field.keyNode, "unknown key `\(key)`\(written); did you mean `\(guess)`?", fix: fix(key, guess))
            }
        }
    }

    /// `text` with its full-width ASCII forms (U+FF01–U+FF5E, and the ideographic space)
    /// made ASCII, as a Chinese input method in full-width mode types them, or nil when it
    /// has none. Only these: a compatibility mapping would also turn `①` into `1` and `㎡`
    /// into `m2`, which no input method's mode explains.
    static func halfWidth(_ text: String) -> String? {
        var changed = false
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
                changed = true
            case 0x3000:
                scalars.append(" ")
                changed = true
            default:
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : nil
    }

    /// A scalar as text; numbers and booleans are read as the characters written.
    mutating func string(_ node: Node?, key: String) -> String? {
        guard let node else { return nil }
        switch node {
        case .scalar(let scalar):
            // `~` and `null` by their bytes: most values are Chinese, and comparing them
            // as strings went through Unicode's rules for each.
            let text = scalar.string
            if scalar.style == .plain && (text.utf8.count <= 4 && (text == "~" || text == "null") || text.isEmpty) {
                return nil
            }
            // A YAML escape (`"\x1B"`, `"\0"`) can write any character; none that must
            // not be published gets past here. A value is one line: a separator pasted as
            // itself is already a space (`YAMLDocument`), one written `"\L"` or `"\P"`
            // becomes one here (only a double-quoted scalar has escapes).
            let clean = InvisibleCharacters.removing(from: text)
            return scalar.style == .doubleQuoted ? clean.oneLine() : clean
        default:
            error(node, "`\(key)` must be a single value, not a list or a map",
                  fix: "write it on one line, e.g. `\(key): 文字`")
            return nil
        }
    }

    mutating func bool(_ node: Node?, key: String) -> Bool? {
        guard let node else { return nil }
        if let value = node.bool { return value }
        // 是/否, 对/错 and 真/假 are what a Chinese editor writes for yes and no.
        let meant: String? = switch node.string?.trimmed() {
        case "是", "对", "真", "√": "true"
        case "否", "不", "错", "假", "×": "false"
        default: nil
        }
        error(node, "`\(key)` must be true or false, not `\(node.string ?? "…")`",
              fix: meant.map { "write `\(key): \($0)`" } ?? "write `\(key): true` or `\(key): false`")
        return nil
    }

    /// A list of strings; a single string is taken as a list of one (`tags: 助农`).
    mutating func stringList(_ node: Node?, key: String) -> [String] {
        guard let node else { return [] }
        switch node {
        case .scalar:
            return string(node, key: key).map { [$0] } ?? []
        case .sequence(let sequence):
            return sequence.compactMap { item in
                if case .scalar = item { return string(item, key: key) }
                error(item, "each item of `\(key)` must be plain text",
                      fix: "write `\(key): [甲, 乙]`")
                return nil
            }
        default:
            error(node, "`\(key)` must be a list", fix: "write `\(key): [甲, 乙]`")
            return []
        }
    }

    /// A number written as a YAML number (`30`, `2.5`, `-1`), not as text. Infinity (`.inf`,
    /// or `1e400`, too large for a Double) is returned for the caller to reject with its own
    /// limit; `.nan` is an error here.
    mutating func number(_ node: Node, key: String, example: String) -> Double? {
        guard case .scalar(let scalar) = node else {
            error(node, "`\(key)` must be a number", fix: example)
            return nil
        }
        if scalar.style == .plain, let value = Self.yamlNumber(scalar.string), !value.isNaN {
            return value
        }
        if scalar.style != .plain, let number = Self.yamlNumber(scalar.string), number.isFinite {
            // `value: "30"`: a number in quotes is text to YAML.
            error(node, "`\(key)` must be a number, not the text `\"\(scalar.string)\"`",
                  fix: "write it without quotes: `\(key): \(scalar.string.trimmed())`")
        } else if let meant = Self.numberMeant(scalar.string) {
            error(node, "`\(key)` must be a number written with ASCII digits and no separators, not `\(scalar.string)`",
                  fix: "write `\(key): \(meant)`")
        } else {
            error(node, "`\(key)` must be a number, not `\(scalar.string)`",
                  fix: "put the number alone in `value` and the unit in `unit`: \(example)")
        }
        return nil
    }

    /// The number an editor meant by text YAML does not read as one: full-width digits
    /// from a Chinese input method (`３０`, `１２．５`) or thousands separators (`1,200`,
    /// `1，200`); nil when the text is something else (`三十`, `30%`, `1,20`).
    static func numberMeant(_ raw: String) -> String? {
        let trimmed = raw.trimmed()
        // Full-width digits, `．`, `，` and `－` as ASCII; any other full-width character
        // left standing is not ASCII either way, and no number.
        var ascii = halfWidth(trimmed) ?? trimmed
        // Separators only between groups of three digits before any decimal point.
        let whole = ascii.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = whole.drop { $0 == "-" }.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            ascii.removeAll { $0 == "," }
        }
        guard ascii != raw, ascii.allSatisfy({ $0.isASCII }), let value = yamlNumber(ascii), value.isFinite else { return nil }
        return ascii
    }

    /// A plain scalar read as YAML reads a number, `.inf` and `.nan` included. Swift's
    /// `Double` also takes `inf`, `infinity` and `nan`, which YAML reads as words: those are
    /// not numbers here.
    static func yamlNumber(_ raw: String) -> Double? {
        // Digits with a sign or a point, as nearly every figure is written, are what the
        // rest of this function would give `Double` unchanged: its Foundation calls were
        // most of reading a case's metrics.
        if !raw.isEmpty, raw.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B }) {
            return Double(raw)
        }
        return yamlNumberOfAnyText(raw)
    }

    /// `yamlNumber` for any text: underscores, `.inf`, the words `Double` takes and YAML
    /// does not (`WrittenFiguresTests` compares the two on generated texts).
    static func yamlNumberOfAnyText(_ raw: String) -> Double? {
        let text = raw.replacingOccurrences(of: "_", with: "")
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: break
        }
        guard !text.lowercased().contains(where: { $0 == "i" || $0 == "n" }) else { return nil }
        return Double(text)
    }

    /// A `slug:` as written, when it is one plain URL name of at most `Slug.maxLength`
    /// bytes; otherwise an error at its line and nil (the default slug is used). Cases
    /// name the folder a `../` slug would leave, since that is what the editor tried.
    mutating func slug(_ node: Node?, folder: String? = nil) -> String? {
        guard let node, let written = string(node, key: "slug") else { return nil }
        if let folder, !Slug.isSafePathSegment(written) || written.contains("..") {
            let example = Slug.make(written).isEmpty ? "apple-service" : Slug.make(written)
            error(node, "the slug `\(written)` would leave \(folder)",
                  fix: "a slug is one plain name: letters, digits and hyphens, e.g. `slug: \(example)`")
        } else if !Slug.isURLSafe(written) {
            error(node, folder == nil ? "the slug `\(written)` is not one plain URL name" : "the slug `\(written)` is not URL-friendly",
                  fix: "use lower-case letters, digits and hyphens: `slug: \(Slug.pathSegment(written))`")
        } else if written.utf8.count > Slug.maxLength {
            error(node, "the slug is \(written.utf8.count) characters long; a slug may have at most \(Slug.maxLength)",
                  fix: "shorten it, e.g. `slug: \(Slug.limited(written))`")
        } else {
            return written
        }
        return nil
    }
}
