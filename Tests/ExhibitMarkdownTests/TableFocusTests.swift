import ExhibitText
import Foundation
import PropertyBased
import Testing
@testable import ExhibitMarkdown

/// `TableFocus` finds the tag with `memmem` and joins slices of the page: it must give
/// what replacing every `<table>` line does, wherever the tags are (first, last, side by
/// side, split, between multi-byte characters).
@Suite struct TableFocusTests {
    @Test func givesWhatReplacingEveryTagGives() {
        let pieces = ["<table>\n", "<table>", "\n", "<", "table", ">", "表格", "😀", "a", "</table>\n", "<table tabindex=\"0\">\n", ""]
        var generator = Xoshiro(seed: (12, 1, 2, 3))  // the same texts on every run
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &generator) }
        var tagged = 0
        for _ in 0..<2_000 {
            let text = (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
            let expected = text.replacingOccurrences(of: "<table>\n", with: "<table tabindex=\"0\">\n")
            #expect(String(decoding: text.withBytes(TableFocus.apply), as: UTF8.self) == expected, "\(text.debugDescription)")
            if expected != text { tagged += 1 }
        }
        #expect(tagged > 500)
    }
}
