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
        let html = tree.renderHTML(heading)
        // Compared and cut in UTF-8: `hasPrefix` compared the heading's characters, after
        // Unicode normalisation, 2,000 instructions a heading; and a heading that began
        // with a combining mark joined it to the `>`, so that it got no id.
        let level = String(level)
        let opening = "<h" + level + ">"
        guard html.utf8.starts(with: opening.utf8), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        // Slugs are `[a-z0-9-]` and `section-N`, so the id needs no escaping.
        // After the ASCII opening, a scalar's boundary: the rest is a whole substring.
        let rest = html[html.utf8.index(html.utf8.startIndex, offsetBy: opening.utf8.count)...]
        var anchored = "<h" + level
        anchored += " id=\"" + id + "\">"
        anchored += rest
        cmark_node_set_on_enter(block, anchored)
        cmark_node_set_on_exit(block, "")
        if cmark_node_replace(heading, block) == 1 {
            cmark_node_free(heading)
        } else {
            cmark_node_free(block)
        }
    }
}
