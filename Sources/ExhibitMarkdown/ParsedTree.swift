import CCMarkGFM
import Foundation

/// A parsed cmark document and the parser it came from, freed together.
///
/// The parser is kept alive because its list of attached extensions is what
/// `cmark_render_html` needs to apply the tag filter; rendering reads no global state, so
/// it runs outside `CMarkParsing`'s lock (which only finishing a parse takes).
final class ParsedTree {
    let parser: OpaquePointer
    let root: OpaquePointer
    private let renderOptions: Int32

    init(parser: OpaquePointer, root: OpaquePointer, renderOptions: Int32) {
        self.parser = parser
        self.root = root
        self.renderOptions = renderOptions
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The HTML of `node` and everything under it (the whole document by default).
    func renderHTML(_ node: OpaquePointer? = nil) -> String {
        withHTMLBytes(node) { String(decoding: $0, as: UTF8.self) }
    }

    /// `renderHTML`, as `body` of its UTF-8 bytes where cmark wrote them, not made into a
    /// `String` (which checks every byte: cmark's output of a `String` is valid UTF-8).
    func withHTMLBytes<R>(_ node: OpaquePointer? = nil, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let html = cmark_render_html(node ?? root, renderOptions, cmark_parser_get_syntax_extensions(parser))
        else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { free(html) }
        return html.withMemoryRebound(to: UInt8.self, capacity: 1) { body(UnsafeBufferPointer(start: $0, count: strlen(html))) }
    }
}
