import ExhibitText
import PropertyBased
import Testing

/// `TextOrderKey.order` is `String`'s order (`<` and `==`) on texts made of the pieces of
/// Chinese titles, decomposed Latin and the scalars next to the ranges `isKnownComposed`
/// trusts, many of them alike in their first eight bytes (a shared beginning of three
/// ideographs, nine bytes): the keys tell most pairs apart, the bytes or `String` the rest.
struct TextOrderKeyTests {
    @Test func keysOrderTextsAsStringDoes() {
        var generator = Xoshiro(seed: (7, 3, 1, 4))
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        let beginnings = ["", "红色展", "红色展馆", "数字化"]
        func text() -> String {
            beginnings[next() % beginnings.count]
                + (0..<(next() % 4)).map { _ in PrecomposedTests.titlePieces[next() % PrecomposedTests.titlePieces.count] }.joined()
        }
        var byKeys = 0, byBytes = 0, byString = 0
        for _ in 0..<20_000 {
            let a = text(), b = next() % 4 == 0 ? a : text()
            let x = TextOrderKey(a), y = TextOrderKey(b)
            var read = false
            let order = TextOrderKey.order(x, y) { read = true; return (a, b) }
            #expect((order < 0) == (a < b) && (order == 0) == (a == b) && (order > 0) == (b < a),
                    "\(a.debugDescription) \(b.debugDescription): \(order)")
            if !read { byKeys += 1 } else if x.isComposed && y.isComposed { byBytes += 1 } else { byString += 1 }
        }
        // Each way of deciding is taken often enough to be tested.
        #expect(byKeys > 2_000 && byBytes > 2_000 && byString > 2_000, "\(byKeys) \(byBytes) \(byString)")
    }
}
