import ExhibitText
import Foundation

/// The front-matter fences of a Markdown file: its first line `---`, and the first line
/// after it that is `---` or `...`, each with only white space around it.
enum FenceLines {
    /// Where the fences are, as UTF-8 offsets into the text.
    enum Found: Equatable {
        /// The first line is not `---`.
        case noOpening
        /// No line after the first is `---` or `...`.
        case unclosed
        /// `yamlStart`: where the line after the opening fence starts; `closingStart`: where
        /// the closing fence's line starts, `closingLine` its number from 0; `bodyStart`:
        /// where the line after it starts, nil when the closing fence ends the text.
        case fences(yamlStart: Int, closingStart: Int, closingLine: Int, bodyStart: Int?)
    }

    /// The fences of `text`, whose lines end at "\n" (`SourceText` made CR LF into LF); a
    /// text ending in "\n" has an empty last line, as `split(separator:
    /// omittingEmptySubsequences: false)` gives it.
    ///
    /// On the bytes, a line at a time with `memchr`, each line told from its bytes when
    /// only ASCII is around its first non-blank byte: as `String.Index`es and `Substring`s,
    /// each line that starts with a space (every item of `metrics:` and `milestones:`)
    /// compared as scalars, finding the fences took 33,000 instructions a case, 1 % of a
    /// 1,000-case build's.
    static func find(in text: String) -> Found {
        text.withBytes { bytes in
            let n = bytes.count
            func end(ofLineAt start: Int) -> Int { bytes.offset(of: 0x0A, from: start) ?? n }
            let firstEnd = end(ofLineAt: 0)
            guard fence(bytes, 0, firstEnd, text) == UInt8(ascii: "-") else { return .noOpening }
            guard firstEnd < n else { return .unclosed }
            var start = firstEnd + 1, line = 1
            while true {
                let lineEnd = end(ofLineAt: start)
                if fence(bytes, start, lineEnd, text) != nil {
                    return .fences(yamlStart: firstEnd + 1, closingStart: start, closingLine: line, bodyStart: lineEnd < n ? lineEnd + 1 : nil)
                }
                guard lineEnd < n else { return .unclosed }
                start = lineEnd + 1
                line += 1
            }
        }
    }

    /// The fence that `bytes[start..<end]`, a line of `text`, is: `-` for `---`, `.` for
    /// `...`, with only white space around it; nil for any other line. Read once for both
    /// fences, blanks skipped as bytes (space, tab); a byte beyond ASCII next to the fence
    /// may be white space too (U+3000, and on Linux U+200B), so such a line is read as
    /// scalars (`fence(ofScalars:_:_:)`).
    private static func fence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ text: String) -> UInt8? {
        var i = start
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i < end else { return nil }
        let mark = bytes[i]
        if mark >= 0x80 { return fence(ofScalars: text, start, end) }
        // Anything else in front of the fence, or a fence cut short, is no fence.
        guard mark == UInt8(ascii: "-") || mark == UInt8(ascii: "."), end - i >= 3, bytes[i + 1] == mark, bytes[i + 2] == mark else { return nil }
        i += 3
        while i < end {
            switch bytes[i] {
            case 0x20, 0x09: i += 1
            case 0x80...: return fence(ofScalars: text, start, end)
            default: return nil
            }
        }
        return mark
    }

    /// `fence` of a line whose white space may lie beyond ASCII, by `isFence(_:_:)`.
    private static func fence(ofScalars text: String, _ start: Int, _ end: Int) -> UInt8? {
        let utf8 = text.utf8
        let line = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
        return isFence(line, "---") ? UInt8(ascii: "-") : isFence(line, "...") ? UInt8(ascii: ".") : nil
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
