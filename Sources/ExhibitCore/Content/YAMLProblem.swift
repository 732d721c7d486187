import Yams

/// Turns Yams' errors into diagnostics at the line of the original file, with a fix in
/// words an editor who has never heard of YAML can follow.
enum YAMLProblem {
    /// What the YAML is, named in messages: an editor who wrote site.yaml must not be told
    /// about "front matter".
    enum Document {
        case frontMatter, siteSettings, interfaceStrings
        var name: String {
            switch self {
            case .frontMatter: return "the front matter"
            case .siteSettings: return "the site settings (site.yaml)"
            case .interfaceStrings: return "the theme's interface strings"
            }
        }
    }

    static func diagnostic(for error: any Error, path: String, lineOffset: Int, yaml: String,
                           document: Document = .frontMatter) -> Diagnostic {
        let role = document.name
        guard let yamlError = error as? YamlError else {
            return .error(path, "\(role) cannot be read: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // The editor's own mistake, where one is recognised on the lines up to where the
            // parser gave up, says more than the parser's words.
            if let mistake = YAMLMistake.find(in: yaml, throughLine: mark.line) {
                return .error(path, line: mistake.line + lineOffset, column: mistake.column,
                              "\(role) cannot be read: \(mistake.message)", fix: mistake.fix)
            }
            if problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'"), let opened = context?.mark {
                let bracket = problem.contains("']'") ? ("[", "]", "list") : ("{", "}", "map")
                return .error(path, line: opened.line + lineOffset, column: opened.column,
                    "\(role) cannot be read: the \(bracket.2) opened with `\(bracket.0)` on this line is never closed",
                    fix: "close it with `\(bracket.1)` on the same line, e.g. `tags: [科技助农, 电商直播]`")
            }
            let (message, fix) = explain(problem: problem, context: context?.text, role: role,
                                         found: text(in: yaml, line: mark.line, column: mark.column))
            // An unclosed quote is found at the end of the text; the editor needs the
            // line where the quote was opened, which is the context's mark.
            // Likewise a key without its colon is found on the line after it.
            let place = problem.contains("end of stream") || problem.contains("could not find expected ':'")
                ? (context?.mark ?? mark) : mark
            return .error(path, line: place.line + lineOffset, column: place.column, message, fix: fix)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            // Yams points at the first occurrence; the one to delete is the repeat.
            let repeatLine = duplicates.first.flatMap { secondLine(of: $0, in: yaml, after: context.mark.line) } ?? context.mark.line
            return .error(path, line: repeatLine + lineOffset, column: repeatLine == context.mark.line ? context.mark.column : 1,
                "the key \(keys) appears more than once in \(role)",
                fix: "keep one of them and delete the other")
        case .reader(let problem, _, _, _):
            return .error(path, "\(role) cannot be read: \(problem)", fix: "save the file as UTF-8")
        default:
            return .error(path, "\(role) cannot be read: \(yamlError)")
        }
    }

    /// The line (1-based) of the repeat of `key:` in `yaml`: the next line after the
    /// first one (`firstLine`, where Yams points) that names the key at the same
    /// indentation, so that a nested key of the same name (a milestone's `title:`) is
    /// never taken for it.
    private static func secondLine(of key: String, in yaml: String, after firstLine: Int) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        func keyIndent(_ line: Substring) -> Int? {
            let indent = line.prefix { $0 == " " }.count
            let trimmed = line.dropFirst(indent)
            guard trimmed.hasPrefix(key) else { return nil }
            return trimmed.dropFirst(key.count).drop { $0 == " " }.hasPrefix(":") ? indent : nil
        }
        guard firstLine >= 1, firstLine <= lines.count, let indent = keyIndent(lines[firstLine - 1]) else {
            // Yams pointed elsewhere: the second line naming the key at all.
            let matches = lines.indices.filter { keyIndent(lines[$0]) != nil }
            return matches.count > 1 ? matches[1] + 1 : nil
        }
        for i in firstLine..<lines.count where keyIndent(lines[i]) == indent { return i + 1 }
        return nil
    }

    /// Where the parser gave up: the line's text before it, and from there to the end of
    /// the line. `line` and `column` are 1-based, the column in scalars, as libyaml counts.
    struct Place {
        var before: Substring.UnicodeScalarView
        var rest: Substring.UnicodeScalarView
        var character: Character? { rest.first.map(Character.init) }

        /// The value that begins here as an editor wrote it: to the end of the line, or to
        /// the `,` `}` or `]` that ends it in a list or map written on one line.
        var value: String {
            let inFlow = before.contains { $0 == "{" || $0 == "[" }
            let end = inFlow ? rest.firstIndex { $0 == "," || $0 == "}" || $0 == "]" } ?? rest.endIndex : rest.endIndex
            return String(String.UnicodeScalarView(rest[..<end])).trimmingCharacters(in: .whitespaces)
        }

        /// The key written just before, as in `unit: `; nil if there is none.
        var key: String? {
            var text = String(String.UnicodeScalarView(before))
            while text.last == " " { text.removeLast() }
            guard text.last == ":" else { return nil }
            text.removeLast()
            let key = text.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            return key.isEmpty ? nil : String(key.reversed())
        }
    }

    static func text(in yaml: String, line: Int, column: Int) -> Place? {
        guard line >= 1, column >= 1 else { return nil }
        let lines = yaml.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line <= lines.count else { return nil }
        let scalars = lines[line - 1].unicodeScalars
        guard column <= scalars.count else { return nil }
        let at = scalars.index(scalars.startIndex, offsetBy: column - 1)
        return Place(before: scalars[..<at], rest: scalars[at...])
    }

    /// `found` is where the parser gave up.
    private static func explain(problem: String, context: String?, role: String, found: Place?) -> (String, String) {
        let where_ = context.map { " (\($0))" } ?? ""
        if problem.contains("cannot start any token") {
            // libyaml's words for what it cannot read as the start of anything: a tab where
            // indentation or a value should be, or one of the characters YAML reserves.
            switch found?.character {
            case let mark? where "%@`".contains(mark):
                let value = (found?.value ?? String(mark)).replacingOccurrences(of: "\"", with: "\\\"")
                let example = found?.key.map { "\($0): \"\(value)\"" } ?? "\"\(value)\""
                // A backquote cannot be shown between backquotes.
                let named = mark == "`" ? "a backquote (`)" : "`\(mark)`"
                return ("\(role) cannot be read: a value cannot begin with \(named), which YAML keeps for itself",
                        "put the value in quotes: `\(example)`")
            case "\t":
                return ("\(role) cannot be read: there is a tab where YAML expects indentation or a value",
                        "indent with spaces, not tabs, and put a space, not a tab, after `:`")
            default:
                let name = found?.character.map { "`\($0)`" } ?? "this character"
                return ("\(role) cannot be read: YAML cannot read \(name) here\(where_)",
                        "write one `key: value` per line, and put a value that begins with a symbol in quotes")
            }
        }
        if problem.contains("tab") {
            return ("\(role) cannot be read: \(problem)\(where_)",
                    "indent with spaces, not tabs; YAML does not allow tabs for indentation")
        }
        // Escapes are read only between double quotes, where the quote itself is fine.
        if problem.contains("hexdecimal number") {
            return ("\(role) cannot be read: a `\\u`, `\\U` or `\\x` in double quotes is not followed by enough hexadecimal digits",
                    "write `\\u` with 4 digits (`\\u0301`), `\\U` with 8, `\\x` with 2; for a backslash itself write `\\\\`, or quote the value with single quotes, in which `\\` is an ordinary character")
        }
        if problem.contains("unknown escape character") || problem.contains("escape code") {
            return ("\(role) cannot be read: in double quotes a `\\` always begins an escape (`\\n`, `\\\"`, `\\u4e2d`), and this one is not one YAML knows",
                    "for a backslash itself write `\\\\` (`\"C:\\\\照片\"`), or quote the value with single quotes, in which `\\` is an ordinary character")
        }
        if problem.contains("end of stream") || context?.contains("quoted scalar") == true {
            return ("\(role) cannot be read: \(problem)\(where_)",
                    "a quote opened on this line is never closed; close it with the same quote mark")
        }
        if problem.contains("mapping values are not allowed") {
            return ("\(role) cannot be read: \(problem)\(where_)",
                    "a value that contains `: ` must be quoted, e.g. title: \"标题: 副标题\"")
        }
        if problem.contains("did not find expected key") || problem.contains("expected <block end>") {
            return ("\(role) cannot be read: \(problem)\(where_)",
                    "check the indentation: keys of one list or map must line up, and each key needs `: ` after it")
        }
        return ("\(role) cannot be read: \(problem)\(where_)",
                "write one `key: value` per line; quote values that contain `:` `#` `[` or `{`")
    }
}
