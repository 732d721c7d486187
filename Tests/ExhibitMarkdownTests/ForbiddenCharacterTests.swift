import ExhibitMarkdown
import ExhibitText
import PropertyBased
import Testing

/// No forbidden character (`InvisibleCharacters`) leaves the renderer: not one written
/// raw, not one a character reference decodes to, in the HTML, the plain text or a
/// heading. The renderer cleans its output only when the source could have given one (a
/// `&`, a forbidden character, an embed), so the documents here are generated from
/// pieces that need each way, in both modes, and every output is compared with itself
/// cleaned.
@Suite struct ForbiddenCharacterTests {
    static let pieces = [
        "# 标题 ", "## Heading ", "\n\n", "\n", "文字", "plain ", "**粗**", "`code`", "[链接](a.md)", "![图](b.png)",
        "&#27;[2J", "&#x85;", "&#x1FFFF;", "&#xFDD0;", "&#x7f;", "&#0;", "&amp;", "&lt;", "&copy;", "&NewLine;", "&Tab;",
        "\u{1B}", "\u{85}", "\u{FFFE}", "\u{7F}", "\r", "<b>&#x1B;</b>", "| a | b |\n|--|--|\n| &#27; | c |\n", "- 项 ",
        "~~删~~ ", "www.example.cn ",
    ]

    @Test(arguments: [false, true])
    func nothingForbiddenLeavesTheRenderer(unsafeHTML: Bool) {
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: unsafeHTML))
        var generator = Xoshiro(seed: (0x9E37_79B9_7F4A_7C15, 1, 2, 3))  // the same texts on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        var cleanedAny = 0, passedAsIs = 0
        for _ in 0..<3_000 {
            let markdown = (0..<(1 + next() % 12)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
            let document = renderer.render(markdown)
            let texts = [document.html.string, document.plainText.string] + document.headings.map(\.text)
            for text in texts where InvisibleCharacters.contains(in: text) {
                Issue.record("\(markdown.debugDescription) gave \(text.debugDescription)")
            }
            if markdown.contains("&") || InvisibleCharacters.contains(in: markdown) { cleanedAny += 1 } else { passedAsIs += 1 }
        }
        // Both ways were taken, many times.
        #expect(cleanedAny > 500 && passedAsIs > 100, "\(cleanedAny) cleaned, \(passedAsIs) as they were")
    }

    /// A source cleaned where its file was read (`sourceIsClean`, as a case's body is)
    /// gives the same document as when the renderer looks for itself, and nothing
    /// forbidden: character references are still decoded and cleaned.
    @Test(arguments: [false, true])
    func aCleanSourceGivesTheSameDocument(unsafeHTML: Bool) {
        let looking = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: unsafeHTML))
        let trusting = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: unsafeHTML, sourceIsClean: true))
        var generator = Xoshiro(seed: (0x2545_F491_4F6C_DD1D, 4, 5, 6))
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        var references = 0
        for _ in 0..<2_000 {
            let raw = (0..<(1 + next() % 12)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
            let markdown = InvisibleCharacters.removing(from: raw)
            let expected = looking.render(markdown), document = trusting.render(markdown)
            #expect(document.html.string == expected.html.string, "\(markdown.debugDescription)")
            #expect(document.plainText.string == expected.plainText.string, "\(markdown.debugDescription)")
            #expect(document.headings.map(\.text) == expected.headings.map(\.text), "\(markdown.debugDescription)")
            for text in [document.html.string, document.plainText.string] where InvisibleCharacters.contains(in: text) {
                Issue.record("\(markdown.debugDescription) gave \(text.debugDescription)")
            }
            if markdown.contains("&#") { references += 1 }
        }
        #expect(references > 500, "\(references) documents with a character reference")
    }
}
