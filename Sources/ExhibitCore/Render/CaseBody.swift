/// What the Markdown of a case or page became, and what is derived from its text.
public struct CaseBody: Sendable {
    public var html: String
    public var toc: [(level: Int, title: String, id: String)]
    public var summary: String
    public var readingMinutes: Int
    /// Han characters plus Latin words: the length a Chinese editor means by 字数.
    public var characters: Int
    /// The text without markup, for the search index.
    public var plainText: String = ""
}
