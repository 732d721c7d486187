import CCMarkGFM

/// Swaps image nodes for HTML the caller wrote (a video or audio player).
///
/// Like `HeadingAnchorer`, the HTML goes into a custom node, which cmark-gfm prints as it
/// is in safe mode too; it is the caller's own markup, never text of the document. Only
/// images outside links and other images are candidates: a player inside a link is not
/// valid HTML, and replacing an image inside another's alt text would free a node that a
/// later replacement still points to.
enum ImageReplacer {
    /// Whether `image` may be replaced, and whether it is alone in its paragraph.
    static func candidate(_ image: OpaquePointer) -> (replaceable: Bool, standalone: Bool) {
        var ancestor = cmark_node_parent(image)
        while let node = ancestor {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { return (false, false) }
            ancestor = cmark_node_parent(node)
        }
        guard let parent = cmark_node_parent(image), cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH else {
            return (true, false)
        }
        var child = cmark_node_first_child(parent)
        while let node = child {
            if node != image && !isBlank(node) { return (true, false) }
            child = cmark_node_next(node)
        }
        return (true, true)
    }

    /// Puts `html` where `image` (or, when `standalone`, its paragraph) was.
    static func replace(_ image: OpaquePointer, standalone: Bool, with html: String) {
        let target = standalone ? cmark_node_parent(image)! : image
        guard let node = cmark_node_new(standalone ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(node, html)
        cmark_node_set_on_exit(node, "")
        if cmark_node_replace(target, node) == 1 {
            cmark_node_free(target)
        } else {
            cmark_node_free(node)
        }
    }

    /// Spaces and line breaks around the image do not make it part of a sentence.
    private static func isBlank(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return true
        case CMARK_NODE_TEXT:
            guard let literal = cmark_node_get_literal(node) else { return true }
            return String(cString: literal).allSatisfy(\.isWhitespace)
        default: return false
        }
    }
}
