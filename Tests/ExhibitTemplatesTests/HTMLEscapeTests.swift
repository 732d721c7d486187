@testable import ExhibitTemplates
import Testing

/// Escaping skips eight bytes at a time when none of the five characters is among them:
/// every text escapes as the plain rule says, with the five at every place in a word,
/// next to Chinese, digits and the bytes either side of their range.
@Suite struct HTMLEscapeTests {
    /// Mustache's rule, a character at a time.
    func plain(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    func escaped(_ text: String) -> String {
        String(decoding: HTMLEscape.escaped(text), as: UTF8.self)
    }

    @Test func everyPlaceInAWordAndEveryLength() {
        let pieces = ["<", ">", "&", "\"", "'", "乡", "a", "1", "!", "#", "?", "@", " ", "=", "/", "é", "🧑‍🌾"]
        var rng = SystemRandomNumberGenerator()
        for length in 0..<40 {
            for _ in 0..<30 {
                let text = (0..<length).map { _ in pieces.randomElement(using: &rng)! }.joined()
                #expect(escaped(text) == plain(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func eachOfTheFiveAtEachOfSixteenPlaces() {
        for special in ["<", ">", "&", "\"", "'"] {
            for at in 0..<16 {
                var text = String(repeating: "振", count: 16)
                text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: at))
                #expect(escaped(text) == plain(text))
                let ascii = String(repeating: "x", count: at) + special + String(repeating: "y", count: 15 - at)
                #expect(escaped(ascii) == plain(ascii))
            }
        }
    }
}
