@testable import ExhibitMarkdown
import Testing

/// The line and column of every byte offset, as counted plainly: lines end at LF, CR LF
/// or a lone CR (CommonMark), columns count Unicode scalars from 1. Texts with and
/// without CRs, whose line feeds are found by `memchr` or a byte at a time.
@Suite struct SourceTextTests {
    static let pieces = ["a", "服务团", "\n", "\r\n", "\r", "\n\n", "😀", "> ", "  ", "abcdefghij"]

    static func plain(_ bytes: [UInt8], _ offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1, index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    // CR LF: an offset at its LF is still on the CR's line.
                    if index + 1 == offset { column += 1; break }
                    index += 1
                }
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    @Test func everyOffsetIsOnTheLineAndColumnCountedPlainly() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        for round in 0..<600 {
            // Half the texts without a CR.
            let pieces = round % 2 == 0 ? Self.pieces.filter { !$0.contains("\r") } : Self.pieces
            let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            var source = SourceText(bytes)
            for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
                let found = source.position(of: offset)
                let expected = Self.plain(bytes, offset)
                #expect(found == expected, "\(text.debugDescription) at \(offset)")
            }
        }
    }
}
