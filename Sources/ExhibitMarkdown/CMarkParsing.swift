import CCMarkGFM
import Foundation

/// The one door to cmark-gfm's parser.
///
/// cmark-gfm 0.29 keeps one process-wide table of the inline "special characters" that
/// stop a run of plain text. `cmark_parser_finish` adds the characters of the parser's
/// inline extensions to it before it parses inlines (`~` for strikethrough, `:` and `w`
/// for autolink) and takes them out again after, so two finishing parses at once can take
/// a character out from under each other, and `~~struck~~` comes out as text (upstream's
/// issue, with a fix never merged: github/cmark-gfm#176). Finishing therefore happens
/// under one lock. Making the characters permanent is no way out: the lists that add and
/// take them out are also how the inline parser finds the extension for a delimiter, and
/// with them emptied it loops for ever on `~~`.
///
/// Everything before finishing runs outside the lock: making the parser and feeding it
/// the text, which reads the blocks (paragraphs, lists, tables, and the link reference
/// definitions of a closed paragraph) and never the table, which only inline parsing
/// reads. Until a session in 2026 the lock covered the whole parse.
/// `ConcurrencyTests` parses documents that need each character on every core at once
/// and compares the results with parses on one thread.
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
        let root = lock.withLock { cmark_parser_finish(parser)! }
        return ParsedTree(parser: parser, root: root, renderOptions: renderOptions)
    }
}
