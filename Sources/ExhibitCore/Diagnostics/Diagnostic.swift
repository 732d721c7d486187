import ExhibitText

/// One problem found in a site, at a place in one of its files.
///
/// Printed as `path:line:column: error: what`, then an indented line saying how to fix it,
/// the form compilers use, so editors and terminals can jump to the place.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// Path relative to the site folder, with `/` separators (`content/cases/a.md`).
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    /// How to fix it, in the editor's terms.
    public var fix: String?

    public init(_ severity: Severity, _ path: String, line: Int = 1, column: Int = 1, _ message: String, fix: String? = nil) {
        self.severity = severity
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
        self.message = message
        self.fix = fix
    }

    public static func error(_ path: String, line: Int = 1, column: Int = 1, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.error, path, line: line, column: column, message, fix: fix)
    }

    public static func warning(_ path: String, line: Int = 1, column: Int = 1, _ message: String, fix: String? = nil) -> Diagnostic {
        Diagnostic(.warning, path, line: line, column: column, message, fix: fix)
    }

    /// Control characters from a file name or a quoted value are printed escaped
    /// (`\u{1B}`): a message must not be able to act on the terminal that shows it.
    public var description: String {
        let place = InvisibleCharacters.visible(path).replacingOccurrences(of: "\n", with: "\\n")
        var text = "\(place):\(line):\(column): \(severity.rawValue): \(InvisibleCharacters.visible(message))"
        if let fix { text += "\n    fix: \(InvisibleCharacters.visible(fix))" }
        return text
    }
}
