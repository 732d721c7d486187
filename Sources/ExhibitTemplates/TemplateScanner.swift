/// Finds the tags of a Mustache template, with the line and column where each starts.
struct TemplateScanner {
    /// The tags of `text`, or a problem for a tag that never closes.
    ///
    /// Set-delimiter tags (`{{=<% %>=}}`) are followed as swift-mustache follows them:
    /// until the end of the section they are in. Otherwise a partial written with other
    /// delimiters would escape the checks of includes and nesting.
    static func tokens(in text: String, path: String) -> Result<[TemplateToken], TemplateProblem> {
        var tokens: [TemplateToken] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        var line = 1
        var lineStart = 0
        // The default delimiters made once: making them for every tag, and comparing at
        // every scalar without first looking at its first one, were most of the 9 ms that
        // reading the built-in theme's tags took on each build.
        let defaultOpen = Array("{{".unicodeScalars), tripleOpen = Array("{{{".unicodeScalars), tripleClose = Array("}}}".unicodeScalars)
        var open = defaultOpen, close = Array("}}".unicodeScalars)
        var outer: [([Unicode.Scalar], [Unicode.Scalar])] = []
        // A scalar at `index` that joins the last scalar of `delimiter` into one character
        // (a combining mark, a variation selector, a zero-width joiner): swift-mustache
        // reads a template by characters, so `}}` followed by U+0301 is not `}}` to it and
        // the tag never closes. Told here, at the mark, instead of by swift-mustache's
        // `unfinishedName` further on. ASCII joins nothing, so nearly every tag is passed
        // by the first test.
        func joining(after delimiter: [Unicode.Scalar], at index: Int, opening: Bool = false) -> JoinedDelimiter? {
            guard index < chars.count, !chars[index].isASCII, let last = delimiter.last,
                  String(String.UnicodeScalarView([last, chars[index]])).count == 1 else { return nil }
            return JoinedDelimiter(delimiter: String(String.UnicodeScalarView(delimiter)), mark: chars[index], opening: opening)
        }
        func at(_ j: Int, _ scalars: [Unicode.Scalar]) -> Bool {
            guard j + scalars.count <= chars.count else { return false }
            for k in 0..<scalars.count where chars[j + k] != scalars[k] { return false }
            return true
        }
        while i < chars.count {
            if chars[i] == "\n" { line += 1; lineStart = i + 1; i += 1; continue }
            guard chars[i] == open[0], at(i, open) else { i += 1; continue }
            let startLine = line, startColumn = i - lineStart + 1
            let isDefault = open == defaultOpen
            let triple = isDefault && at(i, tripleOpen)
            let start = i + open.count + (triple ? 1 : 0)
            let closer = triple ? tripleClose : close
            var j = start
            var innerLineBreaks = 0
            var innerLineStart = lineStart
            while j < chars.count && !(chars[j] == closer[0] && at(j, closer)) {
                if chars[j] == "\n" { innerLineBreaks += 1; innerLineStart = j + 1 }
                j += 1
            }
            guard j < chars.count else {
                return .failure(TemplateProblem(path: path, line: startLine, column: startColumn,
                    message: "this tag is never closed", fix: "end it with `\(String(String.UnicodeScalarView(closer)))`"))
            }
            if let joined = joining(after: closer, at: j + closer.count) ?? joining(after: open, at: start, opening: true) {
                let (markLine, markColumn) = joined.opening ? (startLine, start - lineStart + 1)
                    : (line + innerLineBreaks, j + closer.count - innerLineStart + 1)
                return .failure(joined.problem(path: path, line: markLine, column: markColumn))
            }
            let token: TemplateToken
            if !triple, let first = chars[start..<j].first(where: { !$0.properties.isWhitespace }), first == "!" {
                // A comment's text is read by no one, and comments are the long tags (the
                // built-in theme's explain each template): made a `String` and trimmed,
                // they were most of the time spent reading the theme's tags.
                token = TemplateToken(kind: .comment, name: "", line: startLine, column: startColumn)
            } else {
                token = Self.token(Unicode.Scalar.string(chars[start..<j]), triple: triple, line: startLine, column: startColumn)
            }
            // A comment may hold the opening delimiter (`{{! was {{name}} }}`); any other tag
            // that does was left unclosed before it, which swift-mustache reports as
            // `unfinishedName` where it gave up, lines further on.
            if token.kind != .comment, let k = (start..<j).first(where: { chars[$0] == open[0] && at($0, open) }) {
                let breaks = chars[start..<k].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
                return .failure(TemplateProblem(path: path, line: startLine, column: startColumn,
                    message: "this tag is not closed before the next `\(String(String.UnicodeScalarView(open)))`\(breaks > 0 ? " on line \(startLine + breaks)" : "")",
                    fix: "end it with `\(String(String.UnicodeScalarView(closer)))`"))
            }
            tokens.append(token)
            switch token.kind {
            case .delimiters:
                guard let (newOpen, newClose) = delimiters(token.name) else {
                    return .failure(TemplateProblem(path: path, line: startLine, column: startColumn,
                        message: "this change of delimiters is not written as `{{=<% %>=}}`",
                        fix: "give the two new delimiters between `=` signs, separated by a space, or remove the tag"))
                }
                (open, close) = (newOpen, newClose)
            case .section, .inverted, .parent, .block:
                outer.append((open, close))
            case .close:
                if let (o, c) = outer.popLast() { (open, close) = (o, c) }
            default:
                break
            }
            line += innerLineBreaks
            lineStart = innerLineStart
            i = j + closer.count
        }
        return .success(tokens)
    }

    /// The delimiters of a set-delimiter tag's inside (`<% %>=` once `{{=` is removed).
    private static func delimiters(_ text: String) -> ([Unicode.Scalar], [Unicode.Scalar])? {
        guard text.hasSuffix("=") else { return nil }
        let parts = text.dropLast().split(whereSeparator: \.isWhitespace)
        guard parts.count == 2 else { return nil }
        return (Array(parts[0].unicodeScalars), Array(parts[1].unicodeScalars))
    }

    private static func token(_ inner: String, triple: Bool, line: Int, column: Int) -> TemplateToken {
        // `trimmed` is Foundation's trimming, without bridging to NSString for a tag
        // that has no white space at its ends.
        let trimmed = inner.trimmed(.whitespacesAndNewlines)
        if triple { return TemplateToken(kind: .unescaped, name: trimmed, line: line, column: column) }
        guard let sigil = trimmed.first else { return TemplateToken(kind: .variable, name: "", line: line, column: column) }
        let rest = String(trimmed.dropFirst()).trimmed(.whitespaces)
        let kind: TemplateToken.Kind
        switch sigil {
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case ">": kind = .partial
        case "<": kind = .parent
        case "$": kind = .block
        case "!": kind = .comment
        case "=": kind = .delimiters
        case "%": kind = .pragma
        case "&": kind = .unescaped
        // With other delimiters swift-mustache still reads `{name}` as unescaped.
        case "{" where trimmed.hasSuffix("}"):
            return TemplateToken(kind: .unescaped, name: String(trimmed.dropFirst().dropLast()).trimmed(.whitespaces),
                                 line: line, column: column)
        default: return TemplateToken(kind: .variable, name: trimmed, line: line, column: column)
        }
        return TemplateToken(kind: kind, name: rest, line: line, column: column)
    }
}

import ExhibitText
import Foundation
