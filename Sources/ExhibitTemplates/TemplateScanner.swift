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
            let inner = String(String.UnicodeScalarView(chars[start..<j]))
            let token = token(inner, triple: triple, line: startLine, column: startColumn)
            tokens.append(token)
            switch token.kind {
            case .delimiters:
                if let (newOpen, newClose) = delimiters(token.name) { (open, close) = (newOpen, newClose) }
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
