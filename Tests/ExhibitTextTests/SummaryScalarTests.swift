@testable import ExhibitText
import Testing

/// A summary read a scalar at a time (`scalarsAreCharacters`) is the summary read a
/// `Character` at a time, on texts made of the pieces summaries meet.
struct SummaryScalarTests {
    static let simplePieces = ["服务团", "扎根西岭县两年", "。", "！", "？", "，", "；", "：", "、", "“", "”", "「", "」", "（", "）",
                               "…", "—", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\u{3000}", "3.5", "200", "e.g. ", "Yield rose",
                               "Apples, pears", ". ", "!", "?", "\"", "'", "’", "‘", "Xiunu", "-", "_", "％", "Ａ"]

    /// A fixed sequence of texts, the same on every run.
    static func texts(count: Int, pieces: [String]) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(60)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func theSameSummaryEitherWay() {
        for text in Self.texts(count: 3000, pieces: Self.simplePieces) {
            let opening = Summary.opening(of: text, budget: 184, scalarsAreCharacters: true)
            #expect(Summary.scalarsAreCharacters(opening), "\(opening.debugDescription)")
            for limit in [1, 5, 12, 30, 120] {
                let byScalar = Summary.make(from: text, limit: limit, scalarsAreCharacters: true)
                let byCharacter = Summary.make(from: text, limit: limit, scalarsAreCharacters: false)
                #expect(byScalar == byCharacter, "\(text.debugDescription), limit \(limit)")
            }
        }
        #expect(Summary.make(from: "服务团扎根西岭县两年。带动 200 户果农增收！下一步将推广", limit: 30) == "服务团扎根西岭县两年。带动 200 户果农增收！")
    }

    /// A text kept as UTF-8 has the summary of the same text as a `String`, whether its
    /// opening ends within the first lines made a `String` or not, and whatever scalars
    /// it has (the accent and the CR LF send it back to the whole text).
    @Test func theSameSummaryFromUTF8() {
        let pieces = Self.simplePieces + ["e\u{301}", "\r", "\u{2028}", "\u{85}", "\n\n\n", "服务团扎根西岭县两年，带动果农增收"]
        for text in Self.texts(count: 3000, pieces: pieces) + Self.texts(count: 200, pieces: pieces).map({ String(repeating: $0, count: 5) }) {
            for limit in [1, 5, 12, 30, 120] {
                #expect(Summary.make(from: UTF8Text(text), limit: limit) == Summary.make(from: text, limit: limit),
                        "\(text.debugDescription), limit \(limit)")
            }
        }
    }

    /// A text of scalars that are characters of their own, with line feeds, blank lines and
    /// spaces to trim, is read from its bytes (`OpeningBytes`), every one of them, into
    /// the summary the `String` reading gives; one with a no-break space or a CR at a
    /// line's end is not, and gets the same summary the other way.
    @Test func theSameSummaryFromTheBytes() {
        let pieces = Self.simplePieces.filter { !$0.contains("\r") } + ["\u{3000}\n", " \n\t", "\n\u{3000}\n", "服务团扎根西岭县两年，带动果农增收"]
        let texts = Self.texts(count: 3000, pieces: pieces) + Self.texts(count: 200, pieces: pieces).map { String(repeating: $0, count: 5) }
        for text in texts {
            let utf8 = UTF8Text(text)
            #expect(utf8.withBytes { Summary.OpeningBytes($0, budget: 184) } != nil, "\(text.debugDescription)")
            for limit in [1, 5, 12, 30, 120] {
                #expect(Summary.make(from: utf8, limit: limit) == Summary.make(from: text, limit: limit), "\(text.debugDescription), limit \(limit)")
            }
        }
        for text in ["服务团扎根。\u{A0}\n两年", "服务团扎根。\r\n两年", "e\u{301}。"] {
            #expect(UTF8Text(text).withBytes { Summary.OpeningBytes($0, budget: 184) } == nil)
            #expect(Summary.make(from: UTF8Text(text), limit: 30) == Summary.make(from: text, limit: 30))
        }
    }

    /// Every scalar the check lets through is a character of its own beside any other,
    /// as this Swift's Unicode data has it: a newer Unicode that joined one to a
    /// neighbour fails here, naming it.
    @Test func eachScalarLetThroughIsACharacterOfItsOwn() {
        let ranges: [ClosedRange<UInt32>] = [0x09...0x09, 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F,
                                             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E]
        let neighbours = ["a", " ", "\t", "中", "。", "…", "“", "（", "\u{3000}", "０"]
        for range in ranges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                #expect(Summary.scalarsAreCharacters(String(scalar)))
                for other in neighbours {
                    #expect("\(scalar)\(other)".count == 2 && "\(other)\(scalar)".count == 2, "U+\(String(value, radix: 16, uppercase: true))")
                }
            }
        }
    }

    @Test func textsWithOtherScalarsAreReadByCharacter() {
        for text in ["e\u{301}", "👩\u{200D}🔬", "🇨🇳", "한국", "農\u{302A}", "a\u{200B}b", "ﾊﾟ", "x\u{FE0F}", "\r\n", "\n"] {
            #expect(!Summary.scalarsAreCharacters("服务团" + text), "\(text.debugDescription)")
        }
        // Read by Character, an accented letter is one character of the limit.
        #expect(Summary.make(from: "Cafe\u{301} au lait et croissant", limit: 5) == "Café…")
    }
}
