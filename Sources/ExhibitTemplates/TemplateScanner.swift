/// Finds the tags of a Mustache template, with the line and column where each starts.
struct TemplateScanner {
    /// The tags of `text`, or a problem for a tag that never closes.
    static func tokens(in text: String, path: String) -> Result<[TemplateToken], TemplateProblem> {
        var tokens: [TemplateToken] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        var line = 1
        var lineStart = 0
        func at(_ j: Int, _ s: String) -> Bool {
            let scalars = Array(s.unicodeScalars)
            guard j + scalars.count <= chars.count else { return false }
            for k in 0..<scalars.count where chars[j + k] != scalars[k] { return false }
            return true
        }
        while i < chars.count {
            if chars[i] == "\n" { line += 1; lineStart = i + 1; i += 1; continue }
            guard at(i, "{{") else { i += 1; continue }
            let startLine = line, startColumn = i - lineStart + 1
            let triple = at(i, "{{{")
            var j = i + (triple ? 3 : 2)
            let closer = triple ? "}}}" : "}}"
            var innerLineBreaks = 0
            var innerLineStart = lineStart
            while j < chars.count && !at(j, closer) {
                if chars[j] == "\n" { innerLineBreaks += 1; innerLineStart = j + 1 }
                j += 1
            }
            guard j < chars.count else {
                return .failure(TemplateProblem(path: path, line: startLine, column: startColumn,
                    message: "this tag is never closed", fix: "end it with `\(closer)`"))
            }
            let inner = String(String.UnicodeScalarView(chars[(i + (triple ? 3 : 2))..<j]))
            tokens.append(token(inner, triple: triple, line: startLine, column: startColumn))
            line += innerLineBreaks
            lineStart = innerLineStart
            i = j + closer.unicodeScalars.count
        }
        return .success(tokens)
    }

    private static func token(_ inner: String, triple: Bool, line: Int, column: Int) -> TemplateToken {
        let trimmed = inner.trimmingCharacters(in: .whitespacesAndNewlines)
        if triple { return TemplateToken(kind: .unescaped, name: trimmed, line: line, column: column) }
        guard let sigil = trimmed.first else { return TemplateToken(kind: .variable, name: "", line: line, column: column) }
        let rest = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
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
        default: return TemplateToken(kind: .variable, name: trimmed, line: line, column: column)
        }
        return TemplateToken(kind: kind, name: rest, line: line, column: column)
    }
}

import Foundation
