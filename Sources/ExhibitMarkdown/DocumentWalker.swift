import CCMarkGFM
import ExhibitText

/// One pass over a parsed tree that gathers what the renderer reports (headings, links,
/// images, plain text) and cleans raw HTML in place.
///
/// It uses cmark's iterator rather than recursion: a hostile document nests block quotes
/// fifty thousand deep, which would overflow the stack of a recursive walk.
struct DocumentWalker {
    /// A heading node and its plain text, given an id later.
    struct FoundHeading {
        let node: OpaquePointer
        let level: Int
        let text: String
    }

    /// A link or image node and where it was written; `text` is filled in on exit.
    struct FoundReference {
        let node: OpaquePointer
        let kind: MarkdownReference.Kind
        let destination: String
        var text: String
        let line: Int
        let column: Int
    }

    /// Reference texts longer than this are cut: they only label messages, and nested
    /// images could otherwise make collecting them quadratic.
    private static let referenceTextLimit = 2_000

    private var source: SourceText
    private let sanitizesHTML: Bool

    private(set) var headings: [FoundHeading] = []
    private(set) var references: [FoundReference] = []
    /// Task list items (`- [x] …`), to label their checkboxes (see `TaskItemLabeler`).
    private(set) var taskItems: [OpaquePointer] = []
    /// Footnote definitions, whose ids headings must not reuse (see `FootnoteIDs`).
    private(set) var footnoteDefinitions: [OpaquePointer] = []
    private var plainText = PlainTextBuilder()

    private var headingText: PlainTextBuilder?
    /// Open links and images, innermost last, each with the index of its entry in `references`.
    private var openReferences: [(index: Int, text: PlainTextBuilder, length: Int)] = []
    /// The first line and column cmark gives the leaf block being walked; see `offset(of:)`.
    private var leaf: (line: Int, column: Int)?
    /// The byte offset of the last inline whose position is known, to place those whose
    /// position cmark-gfm leaves at 0 (URLs found by the autolink extension).
    private var lastOffset = 0

    init(source: SourceText, sanitizesHTML: Bool) {
        self.source = source
        self.sanitizesHTML = sanitizesHTML
    }

    /// The document's plain text; call after `walk(_:)`.
    mutating func finishPlainText() -> UTF8Text {
        plainText.finishUTF8()
    }

    mutating func walk(_ root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let node = CMarkNode(pointer: pointer)
            if event == CMARK_EVENT_ENTER {
                enter(node)
            } else {
                exit(node)
            }
        }
    }

    private mutating func enter(_ node: CMarkNode) {
        let type = node.type
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if let offset = offset(of: node) { lastOffset = offset }
            _ = node.withLiteralBytes { appendText($0) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            plainText.lineBreak()
            headingText?.lineBreak()
            if !openReferences.isEmpty { openReferences[openReferences.count - 1].text.lineBreak() }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            enterReference(node, kind: type == CMARK_NODE_LINK ? .link : .image)
        case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
            // Only reached with unsafe HTML on; in safe mode cmark prints a placeholder.
            if sanitizesHTML, let html = node.literal {
                let clean = RawHTMLSanitizer.sanitize(html)
                if clean != html { node.setLiteral(clean) }
            }
        case CMARK_NODE_CODE_BLOCK:
            plainText.endBlock()
            for line in (node.literal ?? "").split(whereSeparator: \.isNewline) {
                plainText.append(String(line))
                plainText.endBlock()
            }
        case CMARK_NODE_PARAGRAPH:
            leaf = (node.startLine, node.startColumn)
        case CMARK_NODE_HEADING:
            leaf = (node.startLine, node.startColumn)
            headingText = PlainTextBuilder()
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnoteDefinitions.append(node.pointer)
        case CMARK_NODE_ITEM:
            if node.isNamed("tasklist") { taskItems.append(node.pointer) }
        default:
            if node.isBlock, node.isExtension, node.isNamed("table_cell") {
                leaf = (node.startLine, node.startColumn)
            }
        }
    }

    private mutating func exit(_ node: CMarkNode) {
        let type = node.type
        switch type {
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            guard let open = openReferences.popLast() else { return }
            var builder = open.text
            let text = builder.finish()
            references[open.index].text = text
            // The alt text of an image inside a link is part of the link's text.
            if !openReferences.isEmpty { appendToInnermostReference(text) }
        case CMARK_NODE_HEADING:
            if var builder = headingText {
                headings.append(FoundHeading(node: node.pointer, level: node.headingLevel, text: builder.finish()))
            }
            headingText = nil
            plainText.endBlock()
        default:
            guard node.isBlock else { return }
            if node.isExtension, node.isNamed("table_cell") {
                plainText.separate()
            } else {
                plainText.endBlock()
            }
        }
    }

    private mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        plainText.append(text)
        headingText?.append(text)
        if !openReferences.isEmpty { appendToInnermostReference(String(decoding: text, as: UTF8.self)) }
    }

    private mutating func appendToInnermostReference(_ text: String) {
        guard !openReferences.isEmpty else { return }
        let last = openReferences.count - 1
        guard openReferences[last].length < Self.referenceTextLimit else { return }
        let piece = String(text.prefix(Self.referenceTextLimit - openReferences[last].length))
        openReferences[last].text.append(piece)
        openReferences[last].length += piece.count
    }

    private mutating func enterReference(_ node: CMarkNode, kind: MarkdownReference.Kind) {
        var found = offset(of: node)
        // Links written in brackets start with `[`, `<` or `!`. Bare URLs found by the
        // autolink extension get no position (`https://…`) or that of the text before them
        // (`www.…`); they are looked up by their text, which is the URL as typed.
        let opening = found.flatMap { $0 < source.bytes.count ? source.bytes[$0] : nil }
        let expected: [UInt8] = kind == .image ? [UInt8(ascii: "!")] : [UInt8(ascii: "["), UInt8(ascii: "<")]
        if opening.map({ !expected.contains($0) }) ?? true, let needle = node.firstChild?.literal {
            found = source.find(Array(needle.utf8), from: found ?? lastOffset) ?? found
        }
        let at = found ?? lastOffset
        lastOffset = at
        let position = source.position(of: at)
        references.append(
            FoundReference(
                node: node.pointer, kind: kind, destination: node.url, text: "", line: position.line,
                column: position.column))
        openReferences.append((references.count - 1, PlainTextBuilder(), 0))
    }

    /// The byte offset where an inline starts, correcting cmark's column.
    ///
    /// cmark-gfm computes an inline's column as its offset in the paragraph's text plus the
    /// column where the paragraph starts. That is right on the paragraph's first line, but
    /// on later lines the text resumes after whatever `>` markers and indentation that line
    /// has, so the offset is re-based on where that line's content starts.
    private mutating func offset(of node: CMarkNode) -> Int? {
        let line = node.startLine
        let column = node.startColumn
        guard line > 0, column > 0 else { return nil }
        var byteColumn = column
        if let leaf, line > leaf.line {
            byteColumn = source.contentColumn(line: line) + max(column - leaf.column, 0)
        }
        return source.offset(line: line, byteColumn: byteColumn)
    }
}
