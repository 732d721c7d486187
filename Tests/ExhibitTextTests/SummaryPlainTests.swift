@testable import ExhibitText
import PropertyBased
import Testing

/// `Summary.make` counts lines only as far as it needs, finds line breaks in the bytes,
/// walks each character boundary once and tells punctuation by its scalar. These tests
/// hold it to the summary written plainly (below, as it was before: whole lines counted,
/// `Set<Character>` lookups) on generated texts made of the pieces that meet its edge
/// cases: line breaks of every kind, marks that join a space, closers, pauses, emoji.
@Suite struct SummaryPlainTests {
    static let pieces = [
        "服务团", "扎根西岭县两年", "。", "！", "？", "…", ".", "!", "?", "3.5", "e.g.", " ", "  ", "\t",
        "\u{3000}", "\u{A0}", "\n", "\n\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
        "”", "’", "」", "』", "）", ")", "\"", "'", "”」’", "，", "、", "；", "：", ",", ";", ":",
        "Apples", "pears", "Xiunu County", "-", "_", "e\u{301}", "。\u{301}", "”\u{301}", "\r\u{301}",
        "👩‍🌾", "🇨🇳", "か", "カタカナ", "120", "a", String(repeating: "苹果", count: 40),
        String(repeating: "word ", count: 20), String(repeating: "”", count: 70),
    ]

    static func text(_ picks: [Int]) -> String { picks.map { pieces[$0 % pieces.count] }.joined() }

    @Test func summariesAreThoseOfThePlainReading() async {
        let picks = Gen.int(in: 0...9_999).array(of: 0...60)
        await propertyCheck(count: 2_000, input: picks, Gen.int(in: 1...150)) { picks, limit in
            let text = Self.text(picks)
            #expect(Summary.make(from: text, limit: limit) == Self.plain(text, limit: limit),
                    "\(text.debugDescription), limit \(limit)")
        }
    }

    @Test func aRunOfClosersPastTheBudgetIsReadAsThePlainReadingReadsIt() {
        // The opening ends after the line that passes limit + 64 characters: a run of
        // closers longer than that stops where the opening does, in both readings.
        for limit in [1, 5, 40, 120] {
            for text in ["好。" + String(repeating: "”", count: limit + 100) + "\n下一行。",
                         "好。" + String(repeating: "”", count: limit + 40) + "\n" + String(repeating: "”", count: 90) + " 尾"] {
                #expect(Summary.make(from: text, limit: limit) == Self.plain(text, limit: limit))
            }
        }
    }

    @Test func lineBreaksAreThoseCharacterFinds() {
        for text in ["a\nb", "a\r\nb", "a\rb", "a\u{85}b", "a\u{2028}b", "a\u{2029}b", "a\u{0B}b", "a\u{0C}b",
                     "ab", "", "\n", "\r\n\r\n", "é\u{301}\nx", "a\u{E2}\u{80}"] {
            let sub = Substring(text)
            let (end, next) = Summary.lineBreak(in: sub)
            let expected = sub.firstIndex(where: \.isNewline) ?? sub.endIndex
            #expect(end == expected, "\(text.debugDescription)")
            #expect(next == (expected < sub.endIndex ? sub.index(after: expected) : expected), "\(text.debugDescription)")
        }
    }

    // The summary as written before.
    static let sentenceEnds: Set<Character> = ["。", "！", "？", ".", "!", "?", "…"]
    static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "\"", "'"]
    static let pausePunctuation: Set<Character> = [",", ";", ":", "，", "；", "：", "、"]

    static func plain(_ text: String, limit: Int) -> String {
        var flat = ""
        var characters = 0
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            let trimmed = trim(line)
            guard !trimmed.isEmpty else { continue }
            if !flat.isEmpty { flat += " "; characters += 1 }
            flat += trimmed
            characters += trimmed.count
            if characters > limit + 64 { break }
        }
        var lastEnd: String.Index?
        var index = flat.startIndex
        var count = 0
        while index < flat.endIndex && count < limit {
            let char = flat[index]
            var next = flat.index(after: index)
            if sentenceEnds.contains(char) {
                while next < flat.endIndex && closers.contains(flat[next]) { next = flat.index(after: next) }
                if char != "." || next == flat.endIndex || flat[next] == " " { lastEnd = next }
            }
            index = next
            count += 1
        }
        if let lastEnd { return String(trim(flat[..<lastEnd])) }
        if index == flat.endIndex { return flat }
        var cut = index
        if index > flat.startIndex {
            let before = flat[flat.index(before: index)], after = flat[index]
            if Summary.isWordPart(before), Summary.isWordPart(after) {
                var back = flat.index(before: index)
                while back > flat.startIndex, Summary.isWordPart(flat[flat.index(before: back)]) { back = flat.index(before: back) }
                cut = back == flat.startIndex ? index : back
            }
        }
        var head = flat[..<cut]
        while let last = head.last, last == " " || pausePunctuation.contains(last) { head.removeLast() }
        return String(head) + "…"
    }

    static func trim(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }
}
