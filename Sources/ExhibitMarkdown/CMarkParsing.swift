import CCMarkGFM
import Foundation

/// The one door to cmark-gfm's parser, serialised process-wide.
///
/// cmark-gfm 0.29 is not safe to parse concurrently: with the strikethrough or autolink
/// extension attached, `cmark_parser_finish` adds and removes characters in a global table
/// of inline "special characters", so two parses at once can corrupt each other's output.
/// Parser creation, feeding and finishing therefore happen under one lock; walking and
/// rendering the finished tree touch only that tree and run outside it.
enum CMarkParsing {
    /// The GFM extensions every document gets.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    private static let lock = NSLock()

    /// Registers the core extensions exactly once (Swift runs a static's initialiser once,
    /// thread-safely); the C function itself only guards with an unsynchronised flag.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Parses UTF-8 `bytes` into a tree rendered later with the matching options.
    static func parse(_ bytes: [UInt8], unsafeHTML: Bool) -> ParsedTree {
        // Table alignment as `style="text-align: …"`: the `align` attribute cmark-gfm
        // writes by default is obsolete in HTML5 and fails validation.
        var renderOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if unsafeHTML { renderOptions |= CMARK_OPT_UNSAFE }
        // Source positions are recorded for reported line and column only; they are not
        // passed to the renderer, so no `data-sourcepos` reaches the page. With the option
        // cmark also keeps counting lines inside multi-line inlines.
        let parseOptions = renderOptions | CMARK_OPT_SOURCEPOS

        return lock.withLock {
            _ = registration
            // cmark_parser_new only fails when allocation fails, which aborts anyway.
            let parser = cmark_parser_new(parseOptions)!
            for name in extensionNames {
                if let ext = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, ext)
                }
            }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
            let root = cmark_parser_finish(parser)!
            return ParsedTree(parser: parser, root: root, renderOptions: renderOptions)
        }
    }
}
