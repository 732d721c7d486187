/// A link or image found in a Markdown body, where the author wrote it.
public struct MarkdownReference: Sendable, Equatable {
    /// Whether the reference is a link (`[text](url)`, autolink) or an image (`![alt](src)`).
    public enum Kind: Sendable, Equatable {
        case link
        case image
    }

    public var kind: Kind
    /// The destination as written (after Markdown's own unescaping), before any rewrite.
    public var destination: String
    /// The link text or the image's alt text, as plain text.
    public var text: String
    /// 1-based line in the original file (the body's line plus `MarkdownOptions.lineOffset`).
    public var line: Int
    /// 1-based column of the opening `[`, `![`, `<` or bare URL, counted in Unicode scalars
    /// so that a column after Chinese text matches what an editor shows.
    public var column: Int

    public init(kind: Kind, destination: String, text: String, line: Int, column: Int) {
        self.kind = kind
        self.destination = destination
        self.text = text
        self.line = line
        self.column = column
    }
}
