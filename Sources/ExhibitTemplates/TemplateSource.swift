/// One template file: its Mustache name (`case`, `partials/case-card`), the path to show
/// in messages, and its text.
public struct TemplateSource: Sendable, Equatable {
    public var name: String
    public var path: String
    public var text: String

    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
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
