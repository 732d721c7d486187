@testable import ExhibitCore
import Foundation
import PropertyBased
import Testing

/// `FenceLines` answers most lines from their bytes; it must answer every line as trimming
/// Foundation's white space and comparing does.
struct FenceLinesTests {
    @Test func aFenceIsTheFenceWithWhiteSpaceAround() {
        let pieces = ["-", "---", ".", "...", " ", "\t", "\u{200B}", "\u{3000}", "\u{A0}", "a", "标题", "-\u{301}", ":", "#", "\r", "—"]
        var generator = Xoshiro(seed: (12_345, 1, 2, 3))  // the same texts on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        var fences = 0
        for _ in 0..<20_000 {
            let line = (0..<(next() % 6)).map { _ in pieces[next() % pieces.count] }.joined()
            for fence in ["---", "..."] {
                let expected = line.trimmingCharacters(in: .whitespaces) == fence
                #expect(FenceLines.isFence(line[...], fence) == expected, "\(line.debugDescription) \(fence)")
                if expected { fences += 1 }
            }
        }
        #expect(fences > 100, "only \(fences) fences among the generated lines")
    }

    /// The fences found on the bytes are those of the file cut into lines, each trimmed of
    /// Foundation's white space and compared: blanks and fences in every order, with
    /// white space beyond ASCII (which the byte scan leaves to the scalars), list items
    /// that start with a space and a dash, and Chinese text.
    @Test func theFencesAreThoseOfTheTrimmedLines() {
        let pieces = ["---", "...", "--- ", "\t---\t", "\u{3000}---", "---\u{200B}", "\u{A0}...", "\u{200C}---", "----", "-- -",
                      "  - {a: 1}", "  ---", " ... x", "title: 标题", "", " ", "正文。", "-", "---\r"]
        var generator = Xoshiro(seed: (99, 1, 2, 3))  // the same texts on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        var found = 0
        for round in 0..<20_000 {
            var lines = (0..<(next() % 8)).map { _ in pieces[next() % pieces.count] }
            if round % 2 == 0 { lines.insert("---", at: 0) }
            let text = lines.joined(separator: "\n") + (next() % 2 == 0 ? "\n" : "")
            let expected = Self.reference(text)
            #expect(FenceLines.find(in: text) == expected, "\(text.debugDescription)")
            if case .fences = expected { found += 1 }
        }
        #expect(found > 1_000, "only \(found) texts with both fences")
    }

    static func reference(_ text: String) -> FenceLines.Found {
        // Cut at the byte: as `Character`s, "\r\n" is one, and no "\n".
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        func isFence(_ line: Substring, _ fences: [String]) -> Bool { fences.contains(line.trimmingCharacters(in: .whitespaces)) }
        guard isFence(lines[0], ["---"]) else { return .noOpening }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], ["---", "..."]) }) else { return .unclosed }
        let closingStart = lines[..<close].reduce(0) { $0 + $1.utf8.count + 1 }
        return .fences(yamlStart: lines[0].utf8.count + 1, closingStart: closingStart, closingLine: close,
                       bodyStart: close < lines.count - 1 ? closingStart + lines[close].utf8.count + 1 : nil)
    }
}
