import ExhibitText

/// Accumulates text without markup, one block per line.
///
/// A soft line break becomes a space, except between two CJK characters: Chinese is
/// written without spaces, and a line wrapped in the source must not add one.
struct PlainTextBuilder {
    // UTF-8, and kept so (`UTF8Text`): a text node's literal is appended as the bytes cmark
    // holds. Each made into a `String` first (80,000 of them in a 1,000-case build, each
    // measured, checked and copied) was 1 % of the build's instructions.
    private var finished: [UInt8] = []
    private var current: [UInt8] = []
    private var pendingBreak = false
    private var pendingSeparator = false

    /// Appends inline text to the current block.
    mutating func append(_ text: String) {
        text.withBytes { append($0) }
    }

    /// Appends inline text, as valid UTF-8, to the current block.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        if !current.isEmpty, pendingSeparator || pendingBreak {
            let first = Self.firstScalar(text)
            let last = current.withUnsafeBufferPointer(Self.lastScalar)
            if pendingSeparator || !(Self.isCJK(last) && Self.isCJK(first)) {
                if last != " " && first != " " { current.append(0x20) }
            }
        }
        pendingBreak = false
        pendingSeparator = false
        current.append(contentsOf: text)
    }

    /// A soft or hard line break inside the current block.
    mutating func lineBreak() {
        pendingBreak = true
    }

    /// A boundary inside one line that always separates words, such as between table cells.
    mutating func separate() {
        pendingSeparator = true
    }

    /// Ends the current block; empty blocks leave no line.
    mutating func endBlock() {
        // Without leading and trailing spaces, tabs and line breaks (ASCII only). Copied
        // from the block's buffer: appended as an `ArraySlice` it went through the generic
        // sequence path, 220 instructions a block.
        current.withUnsafeBufferPointer { Self.appendTrimmed($0, to: &finished) }
        current.removeAll(keepingCapacity: true)
        pendingBreak = false
        pendingSeparator = false
    }

    private static func appendTrimmed(_ block: UnsafeBufferPointer<UInt8>, to finished: inout [UInt8]) {
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var start = 0, end = block.count
        while start < end && isSpace(block[start]) { start += 1 }
        while end > start && isSpace(block[end - 1]) { end -= 1 }
        guard start < end else { return }
        if !finished.isEmpty { finished.append(0x0A) }
        finished.append(contentsOf: UnsafeBufferPointer(rebasing: block[start..<end]))
    }

    /// Everything accumulated, the open block included.
    mutating func finish() -> String {
        finishUTF8().string
    }

    /// `finish`, left as UTF-8: cmark's text, valid.
    mutating func finishUTF8() -> UTF8Text {
        endBlock()
        // Kept to its size: the text lives as long as the build (the search index reads it
        // last), and grown by doubling it held a third more than its bytes (41 MB of text
        // in 56 MB at 10,000 cases). The copy is a memcpy; the grown buffer goes back to
        // the allocator for the next body.
        guard finished.capacity - finished.count > finished.count / 8 else { return UTF8Text(validUTF8: finished) }
        let exact = [UInt8](unsafeUninitializedCapacity: finished.count) { buffer, count in
            count = finished.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
        }
        return UTF8Text(validUTF8: exact)
    }

    /// The first scalar of non-empty valid UTF-8.
    static func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return "\u{FFFD}" }
        return scalar
    }

    /// The last scalar of non-empty valid UTF-8: from the last byte that is not a
    /// continuation byte.
    static func lastScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = bytes.count - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return firstScalar(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// Han, kana, CJK punctuation and full-width forms; not Hangul, since Korean uses spaces.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x31A0...0x31FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
