/// An image of the body that the caller may show as something else (a `<video>`, an
/// `<audio>`): what it was written as, its final URL, and whether it stands alone in its
/// paragraph (then the answer replaces the whole paragraph and may be a block, such as a
/// `<figure>`; otherwise it must be phrasing content, since it sits inside a `<p>`).
public struct MarkdownEmbed: Sendable, Equatable {
    public var reference: MarkdownReference
    /// The URL the page uses (after `rewrite`).
    public var url: String
    public var standalone: Bool

    public init(reference: MarkdownReference, url: String, standalone: Bool) {
        self.reference = reference
        self.url = url
        self.standalone = standalone
    }
}
