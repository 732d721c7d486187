/// One picture of a case's `gallery:` list, as written: `- {src: a.jpg, caption: 说明}` or
/// `- a.jpg`.
public struct GalleryEntry: Sendable, Equatable {
    /// The image, relative to the case's Markdown file (as `cover:` is).
    public var src: String
    public var caption: String?
    /// Where `src` is written, for a message about the file.
    public var line: Int
    public var column: Int
}
