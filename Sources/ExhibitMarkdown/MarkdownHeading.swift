/// A heading of the rendered document, for tables of contents and anchors.
public struct MarkdownHeading: Sendable, Equatable {
    /// 1 for `#`, up to 6.
    public var level: Int
    /// The heading's text without markup.
    public var text: String
    /// The `id` attribute it carries in the HTML, unique within the document.
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
