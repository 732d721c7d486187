import CCMarkGFM

/// Puts an `id` on each heading's HTML.
///
/// cmark-gfm has no attribute for headings, and in safe mode it drops any raw HTML node we
/// could insert. A custom block, however, is printed verbatim in both modes. Each heading
/// is rendered on its own by cmark (so its content is escaped, tag-filtered and has its
/// links rewritten exactly as everywhere else), the renderer's fixed `<hN>` opening is
/// replaced by `<hN id="…">`, and the heading is swapped for a custom block holding that
/// HTML. Only cmark's own output at a known position is edited, so no raw HTML in the
/// document, such as a forged `<h2>`, can be mistaken for a heading.
enum HeadingAnchorer {
    static func anchor(_ heading: OpaquePointer, level: Int, id: String, in tree: ParsedTree) {
        // cmark's own levels are 1 to 6: one digit.
        guard (1...6).contains(level) else { return }
        let digit = UInt8(ascii: "0") + UInt8(level)
        tree.withHTMLBytes(heading) { html in
            // Compared and cut in UTF-8, and the block's text written as bytes where cmark
            // wrote the heading's: joined as `String`s (the heading, its opening cut off,
            // the id), it was 6,000 instructions a heading. The opening is ASCII, so the
            // rest starts at a scalar's boundary (a heading that begins with a combining
            // mark keeps it, and gets its id).
            guard html.count >= 4, html[0] == UInt8(ascii: "<"), html[1] == UInt8(ascii: "h"), html[2] == digit,
                  html[3] == UInt8(ascii: ">"), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
            // Slugs are `[a-z0-9-]` and `section-N`, so the id needs no escaping.
            var id = id
            id.withUTF8 { id in
                let before: StaticString = "<h0 id=\"", after: StaticString = "\">"
                let rest = UnsafeBufferPointer(rebasing: html[4...])
                // cmark copies the text it is given (NUL-terminated) into the node.
                let length = before.utf8CodeUnitCount + id.count + after.utf8CodeUnitCount + rest.count + 1
                let anchored = [UInt8](unsafeUninitializedCapacity: length) { buffer, count in
                    var at = buffer.initialize(fromContentsOf: UnsafeBufferPointer(start: before.utf8Start, count: before.utf8CodeUnitCount))
                    buffer[2] = digit
                    at = buffer[at...].initialize(fromContentsOf: id)
                    at = buffer[at...].initialize(fromContentsOf: UnsafeBufferPointer(start: after.utf8Start, count: after.utf8CodeUnitCount))
                    at = buffer[at...].initialize(fromContentsOf: rest)
                    buffer[at] = 0
                    count = at + 1
                }
                _ = anchored.withUnsafeBufferPointer { text in
                    text.withMemoryRebound(to: CChar.self) { cmark_node_set_on_enter(block, $0.baseAddress) }
                }
            }
            cmark_node_set_on_exit(block, "")
            if cmark_node_replace(heading, block) == 1 {
                cmark_node_free(heading)
            } else {
                cmark_node_free(block)
            }
        }
    }
}
