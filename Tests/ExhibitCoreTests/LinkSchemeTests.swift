@testable import ExhibitCore
import ExhibitText
import Testing

/// `LinkResolver` reads schemes, local-file paths and path parts in the bytes; on links
/// whose ASCII punctuation no combining mark follows, it answers as the reading of their
/// `Character`s did (kept here as the oracle), and where a mark follows `:` or `/` it
/// reads the link as a browser would, by the bytes.
@Suite struct LinkSchemeTests {
    static let pieces = ["http", "https", ":", "//", "/", "C", "c", "\\", "~", "file", "FILE", "File:", "中文", "a+b", "-", ".",
                         "#", "?", "%20", "mailto", "1", " ", "é", "x", "FİLE", "\u{212A}", "::", "..", "ｆile"]

    static func oldIsLocalFile(_ s: String) -> Bool {
        let chars = Array(s.prefix(3))
        if chars.count == 3, chars[0].isASCII, chars[0].isLetter, chars[1] == ":", chars[2] == "\\" || chars[2] == "/" { return true }
        return s.hasPrefix("\\") || s.hasPrefix("~/") || s.lowercased().hasPrefix("file:")
    }

    static func oldHasScheme(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), !oldIsLocalFile(s) else { return false }
        let scheme = s[..<colon]
        return !scheme.isEmpty && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    @Test func linksAreReadAsTheirCharactersWere() {
        var random = RelatedCacheTests.Generator(state: 11)
        for _ in 0..<20_000 {
            let link = (0..<Int(random.next() % 6)).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            #expect(LinkResolver.isLocalFile(link) == Self.oldIsLocalFile(link), "\(link.debugDescription)")
            #expect(LinkResolver.hasScheme(link) == Self.oldHasScheme(link), "\(link.debugDescription)")
            for omitting in [true, false] {
                #expect(link.slashParts(omittingEmpty: omitting)
                        == link.split(separator: "/", omittingEmptySubsequences: omitting).map(String.init), "\(link.debugDescription)")
            }
        }
    }

    @Test func aMarkAfterTheColonOrSlashIsReadByTheBytes() {
        #expect(LinkResolver.hasScheme("https:\u{301}//example.org"))
        #expect(LinkResolver.isLocalFile("C:/\u{301}Users/a.jpg"))
        #expect("a/\u{301}b".slashParts() == ["a", "\u{301}b"])
    }
}
