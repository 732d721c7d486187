/// One template file: its Mustache name (`case`, `partials/case-card`), the path to show
/// in messages, and its text.
public struct TemplateSource: Sendable, Equatable {
    public var name: String
    public var path: String
    public var text: String
    /// Whether the text is the built-in theme's template of this name, which the
    /// project's tests read with swift-mustache (`TemplateReading`).
    public var isBuiltIn: Bool

    public init(name: String, path: String, text: String, isBuiltIn: Bool = false) {
        self.name = name
        self.path = path
        self.text = text
        self.isBuiltIn = isBuiltIn
    }
}

/// A problem in a template, at its path and line.
public struct TemplateProblem: Sendable, Equatable, Error {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    public var fix: String?

    public init(path: String, line: Int, column: Int, message: String, fix: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }
}
