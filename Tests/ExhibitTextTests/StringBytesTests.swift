import ExhibitText
import Foundation
import Testing

/// `withBytes` gives every string's UTF-8 as `utf8` spells it, whatever the string's
/// storage: small (held in the value itself), native, a substring made a string, or one
/// that came from Foundation.
@Suite struct StringBytesTests {
    static let texts: [String] = {
        let long = String(repeating: "乡村振兴 IoT 5G · ", count: 200)
        return [
            "", "a", "短标题", "fifteen bytes!!", "sixteen bytes!!!", "Cafe\u{301}", "🧑‍🌾 果农",
            long,
            String(long.dropFirst(7).prefix(300)),
            NSString(string: "来自 Foundation 的文字").description,
            String(decoding: [0x61, 0xFF, 0x62], as: UTF8.self),
        ]
    }()

    @Test(arguments: texts) func readsTheSameBytesAsTheUTF8View(_ text: String) {
        #expect(text.withBytes { Array($0) } == Array(text.utf8))
    }

    /// Two strings have the same bytes exactly when their UTF-8 is the same, whatever their
    /// storage; canonically equal text spelled otherwise (`==`) does not.
    @Test func sameBytesAreTheSameUTF8() {
        for a in Self.texts {
            for b in Self.texts + [String(a.prefix(2)), a + ""] {
                #expect(a.hasSameBytes(as: b) == (Array(a.utf8) == Array(b.utf8)), "\(a.debugDescription) \(b.debugDescription)")
            }
        }
        #expect("Cafe\u{301}" == "Café" && !"Cafe\u{301}".hasSameBytes(as: "Café"))
    }

    @Test func passesOnWhatTheBodyReturnsAndThrows() throws {
        struct Stop: Error {}
        #expect("三个字".withBytes(\.count) == 9)
        #expect(throws: Stop.self) { try "x".withBytes { _ in throw Stop() } }
    }
}
