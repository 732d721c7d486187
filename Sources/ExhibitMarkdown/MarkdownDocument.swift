import ExhibitText
/// The result of rendering one Markdown body.
public struct MarkdownDocument: Sendable, Equatable {
    /// The body as an HTML fragment, as UTF-8: it is written into pages as bytes
    /// (`UTF8Text`).
    public var html: UTF8Text
    /// Every heading in document order, with the id it has in `html`.
    public var headings: [MarkdownHeading]
    /// Every link (inline, reference, autolink) in document order, footnotes last.
    public var links: [MarkdownReference]
    /// Every image in document order.
    public var images: [MarkdownReference]
    /// The body as plain text for summaries, reading time and search: one block (paragraph,
    /// heading, table row, code block) per line, no markup, raw HTML left out. As UTF-8:
    /// it is read as bytes (`UTF8Text`).
    public var plainText: UTF8Text
    /// Places where the body went past a bound and was rendered differently (see
    /// `MarkdownBounds`), for the author to be told.
    public var limits: [MarkdownLimit]

    public init(
        html: UTF8Text, headings: [MarkdownHeading], links: [MarkdownReference],
        images: [MarkdownReference], plainText: UTF8Text, limits: [MarkdownLimit] = []
    ) {
        self.html = html
        self.headings = headings
        self.links = links
        self.images = images
        self.plainText = plainText
        self.limits = limits
    }
}
