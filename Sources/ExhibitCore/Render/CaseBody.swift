import ExhibitText

/// What the Markdown of a case or page became, and what is derived from its text.
public struct CaseBody: Sendable {
    /// The HTML, as UTF-8: written into its page as bytes (`UTF8Text`).
    public var html: UTF8Text
    public var toc: [(level: Int, title: String, id: String)]
    /// The text's opening as a summary (`Summary.make`), shown where the case or page gives
    /// none; empty when it gives one (`summary:`), which every page shows instead: made for
    /// every case, it was 0.8 % of a 1,000-case build's instructions, mostly for cases that
    /// had their own.
    public var summary: String
    public var readingMinutes: Int
    /// Han characters plus Latin words: the length a Chinese editor means by 字数.
    public var characters: Int
    /// The text without markup, for the search index.
    public var plainText: UTF8Text = ""
    /// The files of the site the body shows as images, where it names them.
    public var images: [ImageUse] = []
    /// Poster frames of the body's videos, to publish beside them.
    var posters: [MediaEmbed.Poster] = []
    /// The video and audio files the body plays, where it names them.
    public var media: [ImageUse] = []
    /// The case's gallery (`GalleryMaker`); empty for a free page.
    public var gallery: [GalleryItem] = []
}

/// An image a page shows that is a file of the site (`content/cases/apple/orchard.jpg`),
/// as written and where: its warnings (a GPS position, a damaged file) go to that line.
public struct ImageUse: Sendable, Hashable {
    public var file: String
    public var written: String
    public var line: Int
    public var column: Int
}
