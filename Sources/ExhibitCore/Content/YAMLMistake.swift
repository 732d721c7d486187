/// The mistakes Chinese editors make most in YAML, recognised in the lines themselves.
///
/// The YAML parser reports where it gave up, in its own terms ("did not find expected
/// key"), often a line after the real mistake. These patterns name the mistake the
/// editor made, where it is, and the line as it should be written.
struct YAMLMistake: Equatable {
    var line: Int          // 1-based, within the YAML text
    var column: Int        // 1-based, in characters
    var message: String
    var fix: String

    /// The first recognised mistake on lines 1…`throughLine` of `yaml`.
    static func find(in yaml: String, throughLine: Int) -> YAMLMistake? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        // The text of a block scalar (`note: |` and the lines indented under it) is the
        // editor's own prose: quotes, colons and tabs there are no mistake.
        var blockIndent: Int?
        for (index, line) in lines.prefix(max(0, throughLine)).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            if let outer = blockIndent {
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) || indent > outer { continue }
                blockIndent = nil
            }
            if let mistake = inspect(String(line), line: index + 1, following: lines[(index + 1)...], throughLine: throughLine) {
                return mistake
            }
            if opensBlockScalar(line) { blockIndent = indent }
        }
        return nil
    }

    /// Whether the line's value is `|` or `>` (with `-`, `+` or an indentation digit).
    private static func opensBlockScalar(_ line: Substring) -> Bool {
        guard let colon = line.range(of: ": ") ?? (line.hasSuffix(":") ? nil : nil) else { return false }
        var value = line[colon.upperBound...].drop { $0 == " " }
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        while value.last == " " { value.removeLast() }
        guard let first = value.first, first == "|" || first == ">" else { return false }
        return value.dropFirst().allSatisfy { $0 == "-" || $0 == "+" || $0.isNumber }
    }

    /// `following` are the lines after this one, `throughLine` the line the parser gave up on.
    private static func inspect(_ text: String, line: Int, following: ArraySlice<Substring>, throughLine: Int) -> YAMLMistake? {
        let chars = Array(text)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        if i < chars.count, chars[i] == "\t" {
            return YAMLMistake(line: line, column: i + 1, message: "this line is indented with a tab",
                               fix: "indent with spaces only: YAML does not allow tabs for indentation")
        }
        // At the left margin every line of a mapping is `key: value`; a line with no colon
        // at all there is a key whose colon was forgotten (YAML blames the next line).
        if i == 0, let first = chars.first, first != "#", first != "-", first != "[", first != "{",
           first != "\"", first != "'", !chars.contains(":"), !chars.contains("："),
           !text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            let parts = text.split(separator: " ", maxSplits: 1)
            let example = parts.count == 2 ? "\(parts[0]): \(parts[1])" : "\(text): …"
            return YAMLMistake(line: line, column: 1, message: "this line has no colon: each line here is `key: value`",
                               fix: "write e.g. `\(example)`")
        }
        if i + 1 < chars.count, chars[i] == "-", chars[i + 1] == " " {
            i += 2
            while i < chars.count, chars[i] == " " { i += 1 }
        }
        let keyStart = i
        while i < chars.count, chars[i].isASCII, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "-" { i += 1 }
        guard i > keyStart, i < chars.count else { return nil }
        let key = String(chars[keyStart..<i])
        var afterKey = i
        while afterKey < chars.count, chars[afterKey] == " " { afterKey += 1 }
        let rest = afterKey < chars.count ? String(chars[(afterKey + 1)...]) : ""
        let restTrimmed = rest.drop { $0 == " " || $0 == "\u{3000}" }
        if afterKey < chars.count, chars[afterKey] == "：" {
            return YAMLMistake(line: line, column: afterKey + 1,
                message: "`\(key)` is followed by a full-width colon `：`; YAML needs the ASCII colon `:` and a space",
                fix: "write `\(key): \(restTrimmed)`")
        }
        guard afterKey == i, afterKey < chars.count, chars[afterKey] == ":" else { return nil }
        let valueStart = afterKey + 1
        guard valueStart < chars.count else { return nil }
        if chars[valueStart] == "\u{3000}" {
            return YAMLMistake(line: line, column: valueStart + 1,
                message: "after `\(key):` comes a full-width space `　`; YAML needs an ordinary space",
                fix: "write `\(key): \(restTrimmed)`")
        }
        guard chars[valueStart] == " " else { return nil }
        var v = valueStart
        while v < chars.count, chars[v] == " " { v += 1 }
        guard v < chars.count, chars[v] == "\"" || chars[v] == "'" else { return nil }
        return quoted(chars, key: key, open: v, line: line, following: following, throughLine: throughLine)
    }

    /// A value that starts with a quote: text after its closing quote is the commonest
    /// mistake of all, from ASCII quotes used as Chinese quotation marks.
    private static func quoted(_ chars: [Character], key: String, open: Int, line: Int,
                               following: ArraySlice<Substring>, throughLine: Int) -> YAMLMistake? {
        let quote = chars[open]
        guard let j = closing(quote, in: chars, from: open + 1) else {
            return leftOpen(chars, key: key, open: open, line: line, following: following, throughLine: throughLine)
        }
        let after = String(chars[(j + 1)...]).withoutComment
        let leftover = after.drop { $0 == " " }
        guard !leftover.isEmpty, !leftover.hasPrefix("#") else { return nil }
        let value = (String(chars[open...j]) + after).trimmingTrailingSpaces
        let suggestion = "\(key): \"\(chineseQuotes(value, quote: quote))\""
        if leftover.contains(quote) {
            return YAMLMistake(line: line, column: j + 1,
                message: "the value of `\(key)` has the quote mark \(quote) inside quotes: YAML ends the value at the second \(quote), here, and cannot read the rest",
                fix: "use Chinese quotation marks inside the value, e.g. `\(suggestion)`")
        }
        return YAMLMistake(line: line, column: j + 2,
            message: "text follows the closing quote of `\(key)`: the value ends at the quote mark, and `\(leftover)` is left over (\(value))",
            fix: "put the whole value in quotes, with Chinese quotation marks inside, e.g. `\(suggestion)`")
    }

    /// Where the quote `quote` that opened before `start` closes in `chars`, nil if not there.
    private static func closing(_ quote: Character, in chars: [Character], from start: Int) -> Int? {
        var j = start
        while j < chars.count {
            if quote == "\"", chars[j] == "\\" { j += 2; continue }
            if chars[j] == quote {
                if quote == "'", j + 1 < chars.count, chars[j + 1] == "'" { j += 2; continue }
                return j
            }
            j += 1
        }
        return nil
    }

    /// A quote not closed on its line. YAML lets a quoted value run over lines, so the
    /// parser reads on to the next quote mark (often the opening quote of a later value,
    /// `unit: "%"`) and gives up on what follows it, lines below the mistake. Named here
    /// when that next quote is on the line the parser gave up on; a quote never closed at
    /// all is the parser's "end of stream", already placed at the quote.
    private static func leftOpen(_ chars: [Character], key: String, open: Int, line: Int,
                                 following: ArraySlice<Substring>, throughLine: Int) -> YAMLMistake? {
        let quote = chars[open]
        for (offset, next) in following.enumerated() {
            let number = line + 1 + offset
            guard number <= throughLine else { return nil }
            guard closing(quote, in: Array(next), from: 0) != nil else { continue }
            guard number == throughLine else { return nil }
            var value = String(chars[(open + 1)...]).trimmingTrailingSpaces
            // `\"` at the end (a Windows path's last `\`) is a quote mark inside the value.
            let escaped = quote == "\"" && value.hasSuffix("\\\"")
            if escaped { value.removeLast(2) }
            let distance = number - line == 1 ? "on the next line" : "\(number - line) lines below"
            return YAMLMistake(line: line, column: open + 1,
                message: "the quote mark \(quote) that opens the value of `\(key)` is not closed on this line\(escaped ? " (`\\\"` at its end is a quote mark inside the value, not its end)" : ""), so YAML reads the lines after it into the value, up to the next \(quote) (\(distance)), and cannot read what follows that",
                fix: "close the quote at the end of this line, with Chinese quotation marks inside, e.g. `\(key): \"\(chineseQuotes(value, quote: quote))\"`")
        }
        return nil
    }

    /// The value with its ASCII quote marks turned into Chinese ones, in pairs (“…”):
    /// `"苹果产业"三段式"创新服务"` loses its outer quotes, `"党建" 双融合` keeps them all.
    private static func chineseQuotes(_ value: String, quote: Character) -> String {
        // In single quotes, `''` is one apostrophe, not a pair of quotation marks.
        let value = quote == "'" ? value.replacingOccurrences(of: "''", with: "\u{2019}") : value
        var text = Substring(value)
        if text.count > 2, text.first == quote, text.last == quote, text.dropFirst().dropLast().contains(quote) {
            text = text.dropFirst().dropLast()
        }
        var out = ""
        var opening = true
        for c in text {
            if c == quote {
                out.append(opening ? "“" : "”")
                opening.toggle()
            } else {
                out.append(c)
            }
        }
        return out
    }
}

private extension String {
    /// The text before a YAML comment (` #` outside quotes; only unquoted text is passed).
    var withoutComment: String {
        guard let range = range(of: " #") else { return self }
        return String(self[..<range.lowerBound])
    }

    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
