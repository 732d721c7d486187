@testable import ExhibitCore
import Foundation
import PropertyBased
import Testing

/// Dates and figures as Chinese editors write them: a date in 年月日 is the date it says,
/// in the front matter as in the case sheets; a figure in full-width digits or with
/// thousands separators is an error whose fix is the figure meant.
struct WrittenFiguresTests {
    func iso(_ written: String) -> String? {
        if case .success(let date)? = CaseDate.parse(written: written) { return date.iso }
        return nil
    }

    @Test func datesAsEditorsWriteThem() {
        #expect(iso("2024-06-18") == "2024-06-18")
        #expect(iso("2024年6月18日") == "2024-06-18")
        #expect(iso("2024年6月18号") == "2024-06-18")
        #expect(iso("2024年6月") == "2024-06")
        #expect(iso("2024年") == "2024")
        #expect(iso("2024/6/18") == "2024-06-18")
        #expect(iso("2024.6.18") == "2024-06-18")
        #expect(iso(" 2023年3月 ") == "2023-03")
        #expect(iso("2024年6月18日 14:30") == "2024-06-18")
        #expect(iso("6月18日") == nil, "a date needs its year")
        #expect(iso("二〇二四年六月") == nil)
        if case .failure? = CaseDate.parse(written: "2024年2月30日") {} else {
            Issue.record("2024年2月30日 is a date that cannot be, as 2024-02-30 is")
        }
    }

    @Test func aDateIn年月日BuildsAsItsISOForm() throws {
        let site = try TemporarySite(["content/site.yaml": TemporarySite.siteYAML,
                                      "content/cases/a.md": TemporarySite.caseFile(title: "A", date: "2024年6月18日",
                                                                                   extra: "milestones:\n  - {date: 2023年3月, title: Start}\n")])
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        let page = try #require(sink.text("cases/a/index.html"))
        #expect(page.contains("datetime=\"2024-06-18\""))
        // The data download holds the dates in their ISO form, the milestone's too.
        let data = try #require(sink.text("data/cases.json"))
        #expect(data.contains("\"date\": \"2024-06-18\"") || data.contains("\"date\":\"2024-06-18\""))
        #expect(data.contains("\"date\": \"2023-03\"") || data.contains("\"date\":\"2023-03\""))
    }

    @Test func theFigureMeantByFullWidthDigitsOrSeparators() {
        #expect(FieldReader.numberMeant("３０") == "30")
        #expect(FieldReader.numberMeant("１２．５") == "12.5")
        #expect(FieldReader.numberMeant("－５") == "-5")
        #expect(FieldReader.numberMeant("1,200") == "1200")
        #expect(FieldReader.numberMeant("1，200") == "1200")
        #expect(FieldReader.numberMeant("1,200,000.5") == "1200000.5")
        #expect(FieldReader.numberMeant("-1,200") == "-1200")
        #expect(FieldReader.numberMeant("1,20") == nil, "1.20 or 120: not for Exhibit to guess")
        #expect(FieldReader.numberMeant("1200,000") == nil)
        #expect(FieldReader.numberMeant("30%") == nil)
        #expect(FieldReader.numberMeant("三十") == nil)
        #expect(FieldReader.numberMeant("30") == nil, "a number needs nothing")
        #expect(FieldReader.numberMeant("") == nil)
    }

    /// A figure of digits, sign and point is read straight by `Double`; every text reads
    /// as the whole reading (underscores, `.inf`, words) reads it.
    @Test func plainFiguresReadAsAnyTextReads() {
        let pieces = ["0", "1", "9", "12", ".", "-", "+", "_", "e", "E", "i", "n", "f", ".inf", "nan", " ", "１", "a", "0x1", "1e3"]
        var generator = Xoshiro(seed: (99, 1, 2, 3))  // the same texts on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        var numbers = 0
        for _ in 0..<30_000 {
            let text = (0..<(next() % 5)).map { _ in pieces[next() % pieces.count] }.joined()
            let fast = FieldReader.yamlNumber(text), whole = FieldReader.yamlNumberOfAnyText(text)
            #expect(fast == whole || (fast?.isNaN == true && whole?.isNaN == true), "\(text.debugDescription)")
            if fast != nil { numbers += 1 }
        }
        #expect(numbers > 1_000, "only \(numbers) numbers among the generated texts")
    }
}
