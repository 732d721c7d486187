import CCMarkGFM
import ExhibitText

/// Gives each task list checkbox an accessible name: its item's text.
///
/// cmark-gfm's task list extension prints a bare `<input type="checkbox" disabled="" />`,
/// which screen readers announce as an unnamed checkbox (axe-core: `label`, critical), and
/// it has no way to add an attribute. So each item is turned back into a plain list item
/// and gets, as the first thing of its first paragraph, a custom inline (printed verbatim
/// in safe mode too, like `HeadingAnchorer`'s blocks) holding the same checkbox with
/// `aria-label`. A `<label>` around the text is not used: an item may hold blocks (a
/// nested list, a second paragraph), which a label may not contain.
enum TaskItemLabeler {
    /// `items` are task list items of one parsed tree, in any order.
    static func label(_ items: [OpaquePointer]) {
        for item in items {
            let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
            let first = cmark_node_first_child(item)
            let paragraph = first.flatMap { cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH ? $0 : nil }
            let text = paragraph.map(plainText) ?? ""
            let name = text.isEmpty ? (checked ? "☑" : "☐") : text
            let input = "<input type=\"checkbox\" class=\"task-checkbox\"\(checked ? " checked" : "") disabled aria-label=\"\(MarkupEscape.escape(name, apostrophe: .literal))\">"
            // Inline in the paragraph, so the text follows the box on its line; an item
            // that starts with another block gets the box as a block of its own.
            let parent = paragraph ?? item
            guard let node = cmark_node_new(paragraph == nil ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(node, paragraph == nil ? input : input + " ")
            cmark_node_set_on_exit(node, "")
            guard cmark_node_prepend_child(parent, node) == 1 else {
                cmark_node_free(node)
                continue
            }
            // Last: the state was read through the extension, which would also print the
            // bare checkbox.
            cmark_node_set_syntax_extension(item, nil)
        }
    }

    /// The text of a paragraph as read aloud: its text and code, breaks as spaces, runs of
    /// white space as one space.
    private static func plainText(_ paragraph: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(paragraph) else { return "" }
        defer { cmark_iter_free(iterator) }
        var bytes: [UInt8] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                _ = CMarkNode(pointer: node).withLiteralBytes { bytes.append(contentsOf: $0) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(UInt8(ascii: " "))
            default:
                break
            }
        }
        return collapsingWhiteSpace(String(decoding: bytes, as: UTF8.self))
    }

    /// `text` split at white space `Character`s and joined by single spaces. Text whose
    /// scalars are each a character of their own and none of them white space but the
    /// ones listed (ASCII, Latin-1, CJK punctuation, Han, full-width forms: nearly every
    /// item's) is split at those scalars, in its bytes: split by `Character`, a Chinese
    /// item took 9,000 instructions.
    static func collapsingWhiteSpace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                var length = 1, space = false
                if b < 0x80 {
                    space = b == 0x20 || (0x09...0x0D).contains(b)
                } else if b < 0xE0 {
                    guard b >= 0xC2, b < 0xCC else { return nil }  // below U+0300
                    length = 2
                    space = b == 0xC2 && (bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0)
                } else if b < 0xF0 {
                    let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    switch v {
                    case 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF5E: break
                    default: return nil
                    }
                    length = 3
                    space = v == 0x3000
                } else {
                    return nil
                }
                if space {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(UInt8(ascii: " ")); pendingSpace = false }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<i + length]))
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
