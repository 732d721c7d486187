/// How a `MarkdownRenderer` treats its input.
public struct MarkdownOptions: Sendable, Equatable {
    /// Whether raw HTML in the Markdown reaches the page. Off, cmark-gfm replaces it with
    /// `<!-- raw HTML omitted -->`; on, it passes through GFM's tag filter and a sanitiser
    /// that removes event handlers and script URLs.
    public var unsafeHTML: Bool

    /// Lines above the Markdown body in its file (the front matter), added to every
    /// reported line so messages point into the file the author edits.
    public var lineOffset: Int

    public init(unsafeHTML: Bool = false, lineOffset: Int = 0) {
        self.unsafeHTML = unsafeHTML
        self.lineOffset = lineOffset
    }
}
