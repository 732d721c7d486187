@testable import ExhibitMarkdown
import PropertyBased
import Testing

/// The plain text builder working on UTF-8 bytes gives the text the one working on
/// `String`s gave (kept here as the oracle): spaces at line breaks but between CJK
/// characters, separators, trimmed blocks, on generated runs of text, breaks and blocks.
@Suite struct PlainTextBuilderTests {
    @Test func bytesGiveWhatStringsGave() {
        let pieces = ["a", "中文", " ", "，", "é", "👍🏽", "\t", "x ", " y", "カ", "Ａ", "\u{20000}", "e\u{301}", "\n", ""]
        var generator = Xoshiro(seed: (31, 4, 15, 9))  // the same runs on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        for _ in 0..<5_000 {
            var bytes = PlainTextBuilder(), strings = StringPlainTextBuilder()
            var steps: [String] = []
            for _ in 0..<(next() % 14) {
                switch next() % 6 {
                case 0: bytes.lineBreak(); strings.lineBreak(); steps.append("break")
                case 1: bytes.separate(); strings.separate(); steps.append("separate")
                case 2: bytes.endBlock(); strings.endBlock(); steps.append("block")
                default:
                    let text = pieces[next() % pieces.count]
                    bytes.append(text)
                    strings.append(text)
                    steps.append(text.debugDescription)
                }
            }
            #expect(bytes.finish() == strings.finish(), "\(steps)")
        }
    }
}

struct StringPlainTextBuilder {
    private var finished = ""
    private var current = ""
    private var pendingBreak = false
    private var pendingSeparator = false

    /// Appends inline text to the current block.
    mutating func append(_ text: String) {
        guard let first = text.unicodeScalars.first else { return }
        if let last = current.unicodeScalars.last {
            if pendingSeparator || (pendingBreak && !(PlainTextBuilder.isCJK(last) && PlainTextBuilder.isCJK(first))) {
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
        let line = current.oracleTrimmingSpaces()
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
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (ASCII only, so
    /// the bytes can be scanned directly).
    fileprivate func oracleTrimmingSpaces() -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
