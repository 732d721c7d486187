import ExhibitText

/// The Markdown body as UTF-8 bytes with a line index, for turning cmark's positions into
/// the line and column an editor shows.
struct SourceText {
    let bytes: [UInt8]
    /// Byte offset where each line starts; line 1 is index 0. Lines end at LF, CRLF or a
    /// lone CR, as in CommonMark.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = bytes.withUnsafeBufferPointer { bytes in
            var starts = [0]
            // Without a CR (a body's lines end in LF once the file is read), the line feeds
            // are found by the C library's `memchr`: a byte at a time, the index was 1 %
            // of a build's instructions.
            guard bytes.offset(of: UInt8(ascii: "\r")) != nil else {
                var from = 0
                while let found = bytes.offset(of: UInt8(ascii: "\n"), from: from) {
                    from = found + 1
                    starts.append(from)
                }
                return starts
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\n") {
                    starts.append(index)
                } else if byte == UInt8(ascii: "\r") {
                    if index < bytes.count && bytes[index] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index)
                }
            }
            return starts
        }
    }

    /// The byte offset of 1-based `line` and byte `column`, clamped into the line; `nil`
    /// for a line cmark did not record (0) or that does not exist.
    func offset(line: Int, byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        return min(start + max(byteColumn - 1, 0), lineEnd(line))
    }

    /// The last position computed, to continue from: references come in document order,
    /// and counting every column from its line's start would be quadratic on a long line.
    private var cursor = (line: 1, offset: 0, column: 1)
    private var contentColumnCache = (line: 0, column: 1)

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    mutating func position(of offset: Int) -> (line: Int, column: Int) {
        // The last line start not after `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        if cursor.line == low + 1, cursor.offset <= offset {
            column = cursor.column
            index = cursor.offset
        }
        while index < offset && index < bytes.count {
            // Count every byte that starts a scalar, i.e. is not a UTF-8 continuation byte.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        cursor = (low + 1, index, column)
        return (low + 1, column)
    }

    /// The byte column where a paragraph's text resumes on a continuation line: after the
    /// block-quote markers and indentation that cmark strips. A continuation line cannot
    /// itself start with `>`, which would open a block quote.
    mutating func contentColumn(line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 1 }
        // Remembered for the line last asked about: every inline on a continuation line
        // asks, and the prefix may be fifty thousand `>` long.
        if contentColumnCache.line == line { return contentColumnCache.column }
        let start = lineStarts[line - 1]
        var index = start
        let end = lineEnd(line)
        while index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")
            || bytes[index] == UInt8(ascii: ">")
        {
            index += 1
        }
        contentColumnCache = (line, index - start + 1)
        return contentColumnCache.column
    }

    /// The first occurrence of `needle` at or after `offset`, looking no further than
    /// `window` bytes so a hostile document cannot make the search quadratic.
    func find(_ needle: [UInt8], from offset: Int, window: Int = 4096) -> Int? {
        guard !needle.isEmpty, offset >= 0 else { return nil }
        let last = min(bytes.count - needle.count, offset + window)
        guard offset <= last else { return nil }
        for candidate in offset...last where bytes[candidate] == needle[0] {
            if bytes[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
        }
        return nil
    }

    /// Offset of the line's terminator (or the end of the text).
    private func lineEnd(_ line: Int) -> Int {
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > lineStarts[line - 1], bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return end
    }
}
