@testable import ExhibitCore
import Testing

/// The related cases are those of the rule written plainly: ten points for each shared
/// tag, one more for the same category, only cases sharing a tag, best first and the
/// newer (smaller index) first on a tie; on random sites of sizes around the 64 cases of
/// a bitset word, with popular and rare tags, cases of many tags and of none.
@Suite struct RelatedCasesTests {
    static func reference(_ cases: [Case]) -> [[Int]] {
        cases.indices.map { i in
            let own = Set(cases[i].tags)
            var scored: [(score: Int, index: Int)] = []
            for j in cases.indices where j != i {
                let shared = Set(cases[j].tags).intersection(own).count
                guard shared > 0 else { continue }
                scored.append((shared * 10 + (cases[j].category == cases[i].category ? 1 : 0), j))
            }
            return scored.sorted { ($0.score, -$0.index) > ($1.score, -$1.index) }.prefix(3).map(\.index)
        }
    }

    @Test(arguments: [(2, 1), (63, 2), (64, 3), (65, 4), (130, 5), (300, 6), (1000, 7)])
    func listsAreThoseOfThePlainRule(size: Int, seed: UInt64) {
        var random = RelatedCacheTests.Generator(state: seed)
        let pool = (0..<20).map { "标签\($0)" }
        let categories = ["a", "b", "c"]
        let cases = (0..<size).map { i -> Case in
            // Up to 9 tags, weighted towards the first of the pool; a few cases have none.
            let count = Int.random(in: 0...9, using: &random)
            let tags = Set((0..<count).map { _ in pool[min(Int.random(in: 0..<400, using: &random) / 19, 19)] })
            return RelatedCacheTests.makeCase(i, tags: tags.sorted(), category: categories.randomElement(using: &random)!)
        }
        let terms = RelatedCacheTests.terms(cases)
        let expected = Self.reference(cases)
        for threads in [1, 2] {
            let lists = RelatedCases.compute(cases, tags: terms, threads: threads)
            let wrong = cases.indices.filter { lists[$0] != expected[$0] }
            #expect(wrong.isEmpty, "\(size) cases, \(threads) thread(s): \(wrong.prefix(5).map { (i: $0, got: lists[$0], want: expected[$0]) })")
        }
        let some = Array(stride(from: size - 1, through: 0, by: -7))
        #expect(RelatedCases.compute(cases, tags: terms, only: some) == some.map { expected[$0] })
    }

    /// Tags as the benchmark's corpus draws them, 2 to 4 of 61 a case, 5 categories: few
    /// cases share all of a case's tags, so after the first words the lists are found
    /// with the classes that share all tags or all but one (`best` without counting);
    /// the plain rule here with each case's tags as the bits of a word, to be quick.
    @Test(arguments: [(700, 11), (2_000, 12)])
    func listsOfSparseTagsAreThoseOfThePlainRule(size: Int, seed: UInt64) {
        var random = RelatedCacheTests.Generator(state: seed)
        let pool = (0..<61).map { "标签\($0)" }
        var masks: [UInt64] = []
        let cases = (0..<size).map { i -> Case in
            let tags = Array(pool.indices.shuffled(using: &random).prefix(Int.random(in: 2...4, using: &random)))
            masks.append(tags.reduce(0) { $0 | 1 << UInt64($1) })
            return RelatedCacheTests.makeCase(i, tags: tags.map { pool[$0] }, category: ["a", "b", "c", "d", "e"].randomElement(using: &random)!)
        }
        let expected = cases.indices.map { i in
            cases.indices.filter { $0 != i && masks[$0] & masks[i] != 0 }
                .map { j in (score: (masks[j] & masks[i]).nonzeroBitCount * 10 + (cases[j].category == cases[i].category ? 1 : 0), index: j) }
                .sorted { ($0.score, -$0.index) > ($1.score, -$1.index) }.prefix(3).map(\.index)
        }
        let lists = RelatedCases.compute(cases, tags: RelatedCacheTests.terms(cases), threads: 2)
        let wrong = cases.indices.filter { lists[$0] != expected[$0] }
        #expect(wrong.isEmpty, "\(size) cases: \(wrong.prefix(5).map { (i: $0, got: lists[$0], want: expected[$0]) })")
    }
}
