/// Reading the lines of a body the way cmark-gfm's block parser sees them: container
/// prefixes (block quotes, list markers, indentation), fences, table rows and cells.
/// Only what `MarkdownBounds` needs to find its slow spots; where it is unsure it
/// reports nothing, so an ordinary document is never changed.
extension MarkdownBounds {
    struct Prefix {
        /// Where the line's content starts, after block-quote and list markers.
        var content: Int
        var quotes = 0
        var markers = 0
        /// Spaces and tabs in the prefix (a tab counts 4).
        var width = 0
        /// The prefix's width in bytes, where a fenced block's lines must reach.
        var contentWidth = 0
        /// Bytes from the last block quote marker (and the space after it) to the content:
        /// list markers and indentation, to tell a list item's lines from the lines after it.
        var inner = 0
        /// The marker that would open level `maxNesting + 1`.
        var tooDeep: Int?
    }

    static func prefix(_ s: [UInt8], _ line: Range<Int>) -> Prefix {
        var result = Prefix(content: line.lowerBound)
        var i = line.lowerBound
        var afterMarker = false
        var afterQuotes = line.lowerBound
        while i < line.upperBound {
            let byte = s[i]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                // The space that ends a marker is part of it, not indentation.
                if !afterMarker { result.width += byte == UInt8(ascii: "\t") ? 4 : 1 }
                afterMarker = false
                i += 1
                continue
            }
            var end = i
            if byte == UInt8(ascii: ">") {
                end = i + 1
            } else if let marker = listMarkerEnd(s, at: i, lineEnd: line.upperBound) {
                // `- - -` and `* * *` are thematic breaks, not lists.
                if s[i..<line.upperBound].allSatisfy({ $0 == byte || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { break }
                end = marker
            } else {
                break
            }
            if result.quotes + result.markers + result.width / 4 >= maxNesting {
                result.tooDeep = i
                break
            }
            if byte == UInt8(ascii: ">") {
                result.quotes += 1
                afterQuotes = end < line.upperBound && s[end] == UInt8(ascii: " ") ? end + 1 : end
            } else {
                result.markers += 1
            }
            afterMarker = true
            i = end
        }
        result.content = result.tooDeep ?? i
        result.contentWidth = i - line.lowerBound
        result.inner = i - afterQuotes
        return result
    }

    /// The end of a list marker at `i` (`-`, `*`, `+`, or up to 9 digits and `.` or `)`,
    /// followed by a space, a tab or the line's end), or nil.
    static func listMarkerEnd(_ s: [UInt8], at i: Int, lineEnd: Int) -> Int? {
        var j = i
        if s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "*") || s[j] == UInt8(ascii: "+") {
            j += 1
        } else {
            while j < lineEnd, j - i < 9, s[j] >= UInt8(ascii: "0"), s[j] <= UInt8(ascii: "9") { j += 1 }
            guard j > i, j < lineEnd, s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: ")") else { return nil }
            j += 1
        }
        guard j == lineEnd || s[j] == UInt8(ascii: " ") || s[j] == UInt8(ascii: "\t") else { return nil }
        return j
    }

    static func opensFence(_ s: [UInt8], from start: Int, to end: Int) -> (marker: UInt8, length: Int)? {
        var i = start
        while i < end, i - start < 3, s[i] == UInt8(ascii: " ") { i += 1 }
        guard i < end, s[i] == UInt8(ascii: "`") || s[i] == UInt8(ascii: "~") else { return nil }
        let marker = s[i]
        var j = i
        while j < end, s[j] == marker { j += 1 }
        guard j - i >= 3 else { return nil }
        if marker == UInt8(ascii: "`"), s[j..<end].contains(marker) { return nil }
        return (marker, j - i)
    }

    static func closesFence(_ s: [UInt8], from start: Int, to end: Int, _ fence: Fence) -> Bool {
        var i = start
        while i < end, i - start < 3, s[i] == UInt8(ascii: " ") { i += 1 }
        var j = i
        while j < end, s[j] == fence.marker { j += 1 }
        return j - i >= fence.length && s[j..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Whether `content` (after its container's markers) opens an ATX heading, a thematic
    /// break or an HTML block, which end a table where cmark-gfm would read a row.
    static func opensBlock(_ s: [UInt8], _ content: Range<Int>) -> Bool {
        var i = content.lowerBound
        while i < content.upperBound, i - content.lowerBound < 3, s[i] == UInt8(ascii: " ") { i += 1 }
        guard i < content.upperBound else { return false }
        let first = s[i]
        if first == UInt8(ascii: "#") {
            var j = i
            while j < content.upperBound, s[j] == first { j += 1 }
            return j - i <= 6 && (j == content.upperBound || s[j] == UInt8(ascii: " ") || s[j] == UInt8(ascii: "\t"))
        }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") {
            let rest = s[i..<content.upperBound]
            return rest.filter { $0 == first }.count >= 3
                && rest.allSatisfy { $0 == first || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        }
        // `<` and a tag name, `/`, `!` or `?`: any of the seven kinds of HTML block (a few
        // lines more are taken for one than cmark takes, which only leaves them as written).
        if first == UInt8(ascii: "<"), i + 1 < content.upperBound {
            let next = s[i + 1] | 0x20
            return (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z"))
                || s[i + 1] == UInt8(ascii: "/") || s[i + 1] == UInt8(ascii: "!") || s[i + 1] == UInt8(ascii: "?")
        }
        return false
    }

    /// The cells of a header row as cmark-gfm counts them: split at unescaped `|`, a leading
    /// and a trailing one opening and closing the row rather than making empty cells.
    static func cells(_ s: [UInt8], _ content: Range<Int>) -> Int {
        var start = content.lowerBound, end = content.upperBound
        while start < end, s[start] == UInt8(ascii: " ") || s[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, s[end - 1] == UInt8(ascii: " ") || s[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        let pipes = Self.pipes(s, start..<end)
        var count = pipes.count + 1
        if pipes.first == start { count -= 1 }
        if let last = pipes.last, last == end - 1, count > 0 { count -= 1 }
        return count
    }

    /// The number of columns if `content` is a table's delimiter row (`| --- | :-: |`).
    static func delimiterRowColumns(_ s: [UInt8], _ content: Range<Int>) -> Int? {
        guard s[content].contains(UInt8(ascii: "|")) else { return nil }
        var cells = s[content].split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
            .map { $0.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        guard !cells.isEmpty else { return nil }
        for cell in cells {
            let dashes = cell.drop { $0 == UInt8(ascii: ":") }.reversed().drop { $0 == UInt8(ascii: ":") }
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }), cell.count - dashes.count <= 2 else { return nil }
        }
        return cells.count
    }

    /// Offsets of the `|` of a line that are not escaped.
    static func pipes(_ s: [UInt8], _ range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == UInt8(ascii: "\\") { i += 2; continue }
            if s[i] == UInt8(ascii: "|") { result.append(i) }
            i += 1
        }
        return result
    }

    /// The column (in Unicode scalars) of byte `offset` in `line`.
    static func column(_ s: [UInt8], _ line: Range<Int>, _ offset: Int) -> Int {
        1 + s[line.lowerBound..<offset].filter { $0 & 0xC0 != 0x80 }.count
    }
}
