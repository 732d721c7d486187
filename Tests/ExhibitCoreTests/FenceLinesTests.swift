@testable import ExhibitCore
import Foundation
import PropertyBased
import Testing

/// `FenceLines.isFence` answers most lines from their first byte; it must answer every
/// line as trimming Foundation's white space and comparing does.
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

    /// Lines read one at a time are the lines `split` gives, a last empty one included.
    @Test func linesAreTheLinesOfTheText() {
        let pieces = ["\n", "\r\n", "a", "标题", "---", " ", "\n\n", "é", "👍🏽"]
        var generator = Xoshiro(seed: (7, 1, 2, 3))  // the same texts on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        for _ in 0..<5_000 {
            let text = (0..<(next() % 9)).map { _ in pieces[next() % pieces.count] }.joined()
            let lines = FenceLines(text)
            var read: [Substring] = []
            var next: String.Index? = text.startIndex
            while let start = next, let line = lines.line(at: start) {
                read.append(line.text)
                next = line.next
            }
            let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
            #expect(read == expected, "\(text.debugDescription)")
        }
    }
}
