@testable import ExhibitCore
import Foundation
import Testing

/// JSON strings are escaped as the plain reading of the rules says, byte by byte, wherever
/// a byte to escape sits among the eight-byte steps of the writer, and read back by
/// Foundation as the text they were made from.
@Suite struct JSONValueTests {
    static let pieces = ["a", "abcdefg", "服务团", "\"", "\\", "<", ">", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}",
                         "</script>", "😀", "é", " ", "0123456789abcdef"]

    /// The quoted text as the rules read: `"`, `\`, line breaks and tabs by their short
    /// escapes, `<` and other controls as `\u00XX`, every other byte as it is.
    static func plain(_ text: String) -> [UInt8] {
        var out = Array("\"".utf8)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += "\\\"".utf8
            case 0x5C: out += "\\\\".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0x3C: out += "\\u003c".utf8
            case ..<0x20: out += String(format: "\\u%04x", byte).utf8
            default: out.append(byte)
            }
        }
        return out + Array("\"".utf8)
    }

    @Test func stringsAreEscapedAsThePlainRulesSay() throws {
        var random = RelatedCacheTests.Generator(state: 7)
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            let written = JSONValue.string(text).text()
            // The bytes of the plain reading: the writer copies a character of several bytes as they are.
            #expect(Array(written.utf8) == Self.plain(text), "\(text.debugDescription)")
            let read = try JSONSerialization.jsonObject(with: Data(("[" + written + "]").utf8)) as? [String]
            #expect(read == [text], "\(text.debugDescription)")
        }
    }
}
