/// How a `MarkdownRenderer` treats its input.
public struct MarkdownOptions: Sendable, Equatable {
    /// Whether raw HTML in the Markdown reaches the page. Off, cmark-gfm replaces it with
    /// `<!-- raw HTML omitted -->`; on, it passes through GFM's tag filter and a sanitiser
    /// that removes event handlers and script URLs.
    public var unsafeHTML: Bool

    /// Lines above the Markdown body in its file (the front matter), added to every
    /// reported line so messages point into the file the author edits.
    public var lineOffset: Int

    /// The caller's promise that the Markdown holds no character `InvisibleCharacters`
    /// forbids (it was cleaned when its file was read), so the renderer need not look
    /// again: a case's body was scanned twice, once in its file and once here (27 million
    /// instructions of 3,300 at 1,000 cases). Character references cmark decodes are
    /// still looked for.
    public var sourceIsClean: Bool

    public init(unsafeHTML: Bool = false, lineOffset: Int = 0, sourceIsClean: Bool = false) {
        self.unsafeHTML = unsafeHTML
        self.lineOffset = lineOffset
        self.sourceIsClean = sourceIsClean
    }
}
