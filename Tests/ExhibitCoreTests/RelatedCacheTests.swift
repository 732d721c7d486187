@testable import ExhibitCore
import Testing

/// The related cases `serve` keeps after an edit of tags or category are those a full
/// computation gives: random sites with popular and rare tags, a few cases edited at a
/// time (a tag added, removed, replaced, the category changed), many rounds in a row.
@Suite struct RelatedCacheTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func makeCase(_ i: Int, tags: [String], category: String) -> Case {
        Case(sourcePath: "content/cases/c\(i).md", bundlePath: nil, title: "c\(i)", date: CaseDate(year: 2024),
             category: category, slug: "c\(i)", summary: nil, tags: tags, organization: nil, partners: [], cover: nil,
             coverAlt: nil, featured: false, draft: false, metrics: [], milestones: [], extra: [], body: "",
             bodyLineOffset: 0, coverLine: 0)
    }

    static func terms(_ cases: [Case]) -> [Term] {
        var members: [String: [Int]] = [:]
        for (i, c) in cases.enumerated() { for tag in c.tags { members[tag, default: []].append(i) } }
        return members.keys.sorted().map { Term(name: $0, slug: $0, cases: members[$0]!) }
    }

    @Test(arguments: 1...6)
    func editsGiveTheListsOfAFullComputation(seed: UInt64) {
        var random = Generator(state: seed)
        // Tag 0 is on most cases, the last ones on few: scores tie often.
        let pool = (0..<14).map { "标签\($0)" }
        func tags() -> [String] {
            let count = Int.random(in: 0...4, using: &random)
            return Array(Set((0..<count).map { _ in pool[min(Int.random(in: 0..<200, using: &random) / 13, 13)] })).sorted()
        }
        let categories = ["a", "b", "c"]
        var cases = (0..<240).map { Self.makeCase($0, tags: tags(), category: categories.randomElement(using: &random)!) }
        let cache = RelatedCache()
        var partial = 0
        for round in 0..<25 {
            let edited = (0..<Int.random(in: 1...3, using: &random)).map { _ in Int.random(in: 0..<cases.count, using: &random) }
            for i in edited {
                let old = cases[i]
                var newTags = old.tags
                switch Int.random(in: 0...3, using: &random) {
                case 0: newTags.append("新标签\(round)-\(i)")
                case 1: if !newTags.isEmpty { newTags.removeFirst() }
                case 2: newTags = tags()
                default: break
                }
                let category = Int.random(in: 0...3, using: &random) == 0 ? categories.randomElement(using: &random)! : old.category
                cases[i] = Self.makeCase(i, tags: Array(Set(newTags)).sorted(), category: category)
            }
            let now = cases, terms = Self.terms(now)
            let full = RelatedCases.compute(now, tags: terms)
            let kept = cache.related(now, tags: terms) { only in
                if only != nil { partial += 1 }
                return RelatedCases.compute(now, tags: terms, only: only)
            }
            let wrong = full.indices.filter { kept[$0] != full[$0] }
            #expect(wrong.isEmpty, "round \(round), edited \(edited): lists of \(wrong) differ")
        }
        #expect(partial > 10, "the partial path was taken \(partial) times")
    }
}
