import ExhibitText
import PropertyBased
import Testing

/// A small set answers as `Set` does, before its limit, past it and across it.
@Suite struct SmallSetTests {
    @Test(arguments: [0, 1, 4, 16])
    func answersAsASetDoes(limit: Int) {
        var generator = Xoshiro(seed: (2, 7, 1, 8))  // the same sequences on every run
        for _ in 0..<300 {
            var small = SmallSet<String>(limit: limit), set = Set<String>()
            for _ in 0..<Int(generator.next() % 40) {
                let element = ["a", "b", "c", "乡村", "cafe\u{301}", "café", "x\(generator.next() % 30)"][Int(generator.next() % 7)]
                #expect(small.contains(element) == set.contains(element))
                #expect(small.insert(element) == set.insert(element).inserted, "\(element)")
                #expect(small.contains(element))
            }
        }
    }
}
