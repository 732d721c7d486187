import ExhibitMarkdown
import Testing

/// The `embed` hook: an image the caller answers for becomes the caller's HTML, as a block
/// when it stands alone in its paragraph and inline inside a sentence; anything else is
/// rendered as before.
struct MediaEmbedTests {
    /// Answers for `.mp4` files with a marker that shows what it was given.
    static func render(_ markdown: String, unsafeHTML: Bool = false) -> (html: String, asked: [MarkdownEmbed]) {
        var asked: [MarkdownEmbed] = []
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: unsafeHTML, lineOffset: 3))
        let document = renderer.render(markdown, rewrite: { $0.destination == "v.mp4" ? "../../v.mp4" : nil }) { embed in
            asked.append(embed)
            guard embed.reference.destination.hasSuffix(".mp4") else { return nil }
            return embed.standalone ? "<figure class=\"player\">\(embed.url)</figure>\n" : "<video src=\"\(embed.url)\"></video>"
        }
        return (document.html.string, asked)
    }

    @Test func anImageAloneInItsParagraphBecomesABlock() {
        let (html, asked) = Self.render("Before.\n\n![说明](v.mp4)\n\nAfter.")
        #expect(html == "<p>Before.</p>\n<figure class=\"player\">../../v.mp4</figure>\n<p>After.</p>\n")
        #expect(asked == [MarkdownEmbed(reference: MarkdownReference(kind: .image, destination: "v.mp4", text: "说明", line: 6, column: 1),
                                        url: "../../v.mp4", standalone: true)])
    }

    @Test func anImageInASentenceStaysInItsParagraph() {
        let (html, asked) = Self.render("听 ![采访](v.mp4) 一段")
        #expect(html == "<p>听 <video src=\"../../v.mp4\"></video> 一段</p>\n")
        #expect(asked.map(\.standalone) == [false])
    }

    @Test func imagesTheCallerDoesNotAnswerForStayImages() {
        let (html, asked) = Self.render("![图](a.png)")
        #expect(html == "<p><img src=\"a.png\" alt=\"图\" /></p>\n")
        #expect(asked.count == 1)
    }

    @Test func aPlayerIsNeverPutInsideALinkOrAnotherImage() {
        // A <video> inside <a> is not valid HTML; an image in another's alt text would be
        // freed with it. Neither is offered, and nothing crashes.
        let (html, asked) = Self.render("[![a](v.mp4)](x.html)\n\n![![inner](v.mp4)](v.mp4)")
        #expect(asked.map(\.reference.text) == ["inner"])
        #expect(html.contains("<a href=\"x.html\"><img src=\"../../v.mp4\" alt=\"a\" /></a>"))
        #expect(html.contains("<figure class=\"player\">../../v.mp4</figure>"))
    }

    @Test func aScriptAddressIsNeverOffered() {
        let (html, asked) = Self.render("![x](javascript:alert(1).mp4)")
        #expect(asked.isEmpty)
        #expect(!html.contains("javascript"))
    }

    @Test func theReplacementIsTheCallersHTMLInSafeModeToo() {
        // Raw HTML of the document is dropped in safe mode; the caller's player is not.
        let (html, _) = Self.render("<video src=x></video>\n\n![v](v.mp4)")
        #expect(html == "<p><!-- raw HTML omitted --><!-- raw HTML omitted --></p>\n<figure class=\"player\">../../v.mp4</figure>\n")
    }
}
