/// A link to another site (http, https, mailto) found in a page: listed by `check`,
/// never fetched.
public struct ExternalLink: Sendable, Equatable {
    public var url: String
    /// Where it was found: the page as `check` names it (`public/cases/x/index.html`).
    public var path: String
    public var line: Int
    public var column: Int
}
