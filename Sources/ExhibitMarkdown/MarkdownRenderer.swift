import ExhibitText
/// Renders Markdown (CommonMark with GitHub's extensions) to HTML through cmark-gfm.
///
/// Safe to use from any number of threads: parsing, the one step of cmark-gfm that is not
/// thread-safe, is serialised inside; walking and rendering run in parallel.
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions

    public init(options: MarkdownOptions) {
        self.options = options
    }

    /// Renders `markdown`.
    ///
    /// - Parameter rewrite: called once for every link and image, in document order (links
    ///   inside footnotes last); a non-nil answer becomes the URL in the HTML. Script URLs
    ///   (`javascript:`, `vbscript:`, non-image `data:`) are replaced by `#` whatever it answers.
    /// - Parameter embed: called for each image outside links and other images, after
    ///   `rewrite`; a non-nil answer is HTML put in the image's place (see `MarkdownEmbed`).
    public func render(
        _ markdown: String, rewrite: (MarkdownReference) -> String? = { _ in nil },
        embed: (MarkdownEmbed) -> String? = { _ in nil }
    ) -> MarkdownDocument {
        var bytes = Array(markdown.utf8)
        // A BOM would shift every column of the first line.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.count <= MarkdownBounds.maxBytes else {
            return MarkdownDocument(html: "", headings: [], links: [], images: [], plainText: "",
                limits: [MarkdownLimit(kind: .tooLarge(bytes: bytes.count), line: 1 + options.lineOffset, column: 1)])
        }
        let bounds = MarkdownBounds(bytes)
        bytes = bounds.bytes
        let tree = CMarkParsing.parse(bytes, unsafeHTML: options.unsafeHTML)

        var walker = DocumentWalker(source: SourceText(bytes), sanitizesHTML: options.unsafeHTML)
        walker.walk(tree.root)

        var links: [MarkdownReference] = []
        var images: [MarkdownReference] = []
        var embeds: [(node: OpaquePointer, standalone: Bool, html: String)] = []
        for found in walker.references {
            // Backslashes added by the bounds are not in the file the author edits.
            let added = bounds.added(onLine: found.line, before: found.column)
            let reference = MarkdownReference(
                kind: found.kind, destination: found.destination, text: found.text,
                line: found.line + options.lineOffset, column: found.column - added)
            if found.kind == .link { links.append(reference) } else { images.append(reference) }
            let replacement = rewrite(reference)
            let url = replacement ?? found.destination
            if !URLSafety.isSafe(found.destination) || !URLSafety.isSafe(url) {
                CMarkNode(pointer: found.node).setURL("#")
            } else if url != found.destination {
                CMarkNode(pointer: found.node).setURL(url)
            }
            if found.kind == .image, URLSafety.isSafe(url) {
                let candidate = ImageReplacer.candidate(found.node)
                if candidate.replaceable, let html = embed(MarkdownEmbed(reference: reference, url: url, standalone: candidate.standalone)) {
                    embeds.append((found.node, candidate.standalone, html))
                }
            }
        }
        // After every reference is read: a replacement frees its node.
        for item in embeds {
            ImageReplacer.replace(item.node, standalone: item.standalone, with: item.html)
        }

        TaskItemLabeler.label(walker.taskItems)

        // cmark decodes character references (`&#27;`, `&#x85;`, `&#xFFFE;`) into the
        // characters themselves, after the source text was cleaned of them: what it gives
        // is cleaned again. Text that was clean and holds no `&` has no reference to
        // decode, and all else cmark and this renderer put in is ASCII markup or text of
        // the source; the embeds' HTML is the caller's, so a document with one is cleaned
        // too. Scanning only the source, which the caller has mostly cleaned already
        // (`SourceText`), in place of the HTML, the plain text and the headings, saved
        // 0.7 % of a build's instructions.
        let clean = !(embeds.isEmpty && bytes.withUnsafeBufferPointer({ $0.offset(of: UInt8(ascii: "&")) }) == nil
            && (options.sourceIsClean || !InvisibleCharacters.contains(in: markdown)))

        // After the URLs are final, since each heading is rendered on its own.
        var ids = HeadingIDAllocator(reserved: FootnoteIDs.used(by: walker.footnoteDefinitions, in: tree))
        var headings: [MarkdownHeading] = []
        for (ordinal, found) in walker.headings.enumerated() {
            let id = ids.id(for: found.text, ordinal: ordinal + 1)
            headings.append(MarkdownHeading(level: found.level, text: clean ? InvisibleCharacters.removing(from: found.text) : found.text, id: id))
            HeadingAnchorer.anchor(found.node, level: found.level, id: id, in: tree)
        }

        // Cleaned before the tables are focused, as the HTML a `<table>` of raw HTML with an
        // invisible character in it becomes is focused too.
        let html = UTF8Text(validUTF8: tree.withHTMLBytes { bytes in
            clean ? InvisibleCharacters.removing(from: String(decoding: bytes, as: UTF8.self)).withBytes(TableFocus.apply)
                  : TableFocus.apply(to: bytes)
        })
        let plainText = walker.finishPlainText()
        return MarkdownDocument(
            html: html, headings: headings, links: links, images: images,
            plainText: clean ? UTF8Text(InvisibleCharacters.removing(from: plainText.string)) : plainText,
            limits: bounds.limits.map {
                MarkdownLimit(kind: $0.kind, line: $0.line + options.lineOffset, column: $0.column)
            })
    }
}
