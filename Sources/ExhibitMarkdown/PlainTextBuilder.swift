/// Accumulates text without markup, one block per line.
///
/// A soft line break becomes a space, except between two CJK characters: Chinese is
/// written without spaces, and a line wrapped in the source must not add one.
struct PlainTextBuilder {
    private var finished = ""
    private var current = ""
    private var pendingBreak = false
    private var pendingSeparator = false

    /// Appends inline text to the current block.
    mutating func append(_ text: String) {
        guard let first = text.unicodeScalars.first else { return }
        if let last = current.unicodeScalars.last {
            if pendingSeparator || (pendingBreak && !(Self.isCJK(last) && Self.isCJK(first))) {
                if last != " " && first != " " { current.append(" ") }
            }
        }
        pendingBreak = false
        pendingSeparator = false
        current += text
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
        let line = current.trimmingSpaces()
        if !line.isEmpty {
            if !finished.isEmpty { finished.append("\n") }
            finished += line
        }
        current = ""
        pendingBreak = false
        pendingSeparator = false
    }

    /// Everything accumulated, the open block included.
    mutating func finish() -> String {
        endBlock()
        return finished
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

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (ASCII only, so
    /// the bytes can be scanned directly).
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
