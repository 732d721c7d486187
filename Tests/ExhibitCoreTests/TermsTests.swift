@testable import ExhibitCore
import ExhibitText
import PropertyBased
import Testing

/// The terms `serve` makes after a tag edit from the last terms and the edited cases
/// (`terms(_:moving:)`) are those made by counting every case's names again.
@Suite struct TermsTests {
    /// Names that clash on a slug ("数据" and "Shu Ju", "A b" and "a-b": `-2`), a name of
    /// one case only, and a name a case writes twice.
    static let names = ["数据", "Shu Ju", "乡村振兴", "A b", "a-b", "红色档案", "直播", "solo", "党建"]

    static func lists(_ numbers: [Int]) -> [[String]] {
        numbers.map { n in (0..<(n % 4)).map { k in names[(n / 4 + k * 5) % names.count] } + (n % 11 == 0 ? [names[n % names.count]] : []) }
    }

    @Test func movingNamesGivesTheTermsOfCountingThemAgain() async {
        let cases = Gen.int(in: 0...9_999).array(of: 1...40)
        await propertyCheck(count: 300, input: cases, Gen.int(in: 0...9_999).array(of: 1...6)) { before, edits in
            let old = Self.lists(before)
            var new = old
            for (k, edit) in edits.enumerated() {
                new[edit % old.count] = Self.lists([edit / 7 + k])[0]
            }
            let changed = Set(edits.map { $0 % old.count }).sorted()
            let (previous, _) = SiteResolver.terms(counting: old, threads: 2)
            let moved = SiteResolver.terms(previous, moving: changed.map { ($0, old[$0], new[$0]) }, threads: 2)
            let counted = SiteResolver.terms(counting: new, threads: 2)
            #expect(moved.0 == counted.0, "\(old) → \(new)")
            #expect(moved.1 == counted.1)
        }
    }

    @Test func aNameThatSortsFirstTakesTheSlugFromAnother() {
        let (previous, _) = SiteResolver.terms(counting: [["Shu Ju"], ["Shu Ju"]], threads: 1)
        #expect(previous.map(\.slug) == ["shu-ju"])
        let (terms, slugs) = SiteResolver.terms(previous, moving: [(1, ["Shu Ju"], ["数据", "Shu Ju"])], threads: 1)
        // In name order "Shu Ju" comes first and keeps its slug; 数据 gets the second.
        #expect(slugs == [TermName("Shu Ju"): "shu-ju", TermName("数据"): "shu-ju-2"])
        #expect(terms.map(\.cases) == [[0, 1], [1]])
    }
}
