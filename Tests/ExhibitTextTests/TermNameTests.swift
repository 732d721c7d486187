import ExhibitText
import PropertyBased
import Testing

/// Term names are equal when their UTF-8 bytes are: names of the same length that differ
/// in one byte, prefixes of each other, the empty name, Chinese and Latin, and the same
/// text written twice (a small string and a large one), as dictionary keys too.
struct TermNameTests {
    @Test func namesAreEqualWhenTheirBytesAre() {
        let pieces = ["", "a", "b", "乡村振兴", "乡村振共", "数字", "é", "e\u{301}", "AI", "ai", " ", "科技小院建设纪实与回顾"]
        var generator = Xoshiro(seed: (31, 4, 1, 5))  // the same names on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        var equal = 0
        for _ in 0..<20_000 {
            let a = (0..<(next() % 4)).map { _ in pieces[next() % pieces.count] }.joined()
            let b = (0..<(next() % 4)).map { _ in pieces[next() % pieces.count] }.joined()
            let same = Array(a.utf8) == Array(b.utf8)
            #expect((TermName(a) == TermName(b)) == same, "\(a.debugDescription) \(b.debugDescription)")
            #expect(TermName(a) == TermName(String(decoding: Array(a.utf8), as: UTF8.self)))
            if same { equal += 1 }
        }
        #expect(equal > 500, "only \(equal) equal pairs")
        // "é" precomposed and decomposed are other bytes: CaseParser stores names in NFC.
        #expect(TermName("é") != TermName("e\u{301}"))
        let keys: [TermName: Int] = [TermName("乡村振兴"): 1, TermName(""): 2]
        #expect(keys[TermName("乡村" + "振兴")] == 1 && keys[TermName("")] == 2 && keys[TermName("乡村振共")] == nil)
    }
}
