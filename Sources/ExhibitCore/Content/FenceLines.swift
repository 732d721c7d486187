import ExhibitText
import Foundation

/// The lines of a Markdown file read one at a time from the top, to find its front-matter
/// fences without cutting the whole file into lines.
struct FenceLines {
    let text: String

    init(_ text: String) { self.text = text }

    /// The line that starts at `start` (without its "\n") and where the next one starts,
    /// or nil when `start` is the end of the text; a text ending in "\n" has an empty
    /// last line, as `split(separator:omittingEmptySubsequences: false)` gives it.
    func line(at start: String.Index) -> (text: Substring, next: String.Index?)? {
        let utf8 = text.utf8
        guard start <= utf8.endIndex else { return nil }
        // `memchr` over the contiguous bytes: `firstIndex(of:)` on the view's slice went
        // through its generic index path, 1,700 instructions for a line of front matter.
        let from = utf8.distance(from: utf8.startIndex, to: start)
        guard let offset = text.withBytes({ $0.offset(of: 0x0A, from: from) }) else { return (text[start...], nil) }
        let newline = utf8.index(utf8.startIndex, offsetBy: offset)
        return (text[start..<newline], utf8.index(after: newline))
    }

    /// Whether `line` is `fence` with only spaces or tabs around it (what
    /// `trimmingCharacters(in: .whitespaces)` removes: tab and the Unicode space separators).
    static func isFence(_ line: Substring, _ fence: String) -> Bool {
        // Most lines (a key, a list item's text) are told by their first byte: one that is
        // ASCII and neither space, tab nor the fence's own character. The views of
        // scalars below cost more than the YAML parser's own pass over such a line.
        if let first = line.utf8.first, first < 0x80, first != 0x20, first != 0x09, first != fence.utf8.first {
            return false
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return false }
        return line.unicodeScalars[first...last].elementsEqual(fence.unicodeScalars)
    }

    /// Beyond ASCII, Foundation's own set decides: on Linux it also holds U+200B, the
    /// zero-width space that text pasted from web editors carries.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && CharacterSet.whitespaces.contains(scalar))
    }
}
