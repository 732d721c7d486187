import ExhibitText
import PropertyBased
import Testing

/// `ByteOrderSort.indices` puts strings in the order of their bytes, as comparing whole
/// byte arrays does, whatever they share and wherever they end.
struct ByteOrderSortTests {
    static let pieces = ["", "a", "b", "ab", "case-1", "case-10", "case-2", "土壤", "改良", "/", "\u{0}", "é", "e\u{301}", "zzzzzzzzz"]

    @Test func indicesAreInTheBytesOrder() {
        var generator = Xoshiro(seed: (9, 1, 2, 4))
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        for round in 0..<300 {
            // Some rounds share a long beginning (a base URL), some nothing.
            let shared = round % 3 == 0 ? "" : "https://example.org/cases/"
            let strings = (0..<(next() % 40)).map { _ in
                shared + (0..<(next() % 4)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
            }
            let expected = strings.indices.sorted { a, b in
                let x = Array(strings[a].utf8), y = Array(strings[b].utf8)
                return x == y ? a < b : x.lexicographicallyPrecedes(y)
            }
            #expect(ByteOrderSort.indices(of: strings) == expected, "\(strings)")
        }
        #expect(ByteOrderSort.indices(of: []) == [])
        #expect(ByteOrderSort.indices(of: ["b", "a", "b", "ab"]) == [1, 3, 0, 2])
    }
}
