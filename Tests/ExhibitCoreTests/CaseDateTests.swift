@testable import ExhibitCore
import Testing

/// `CaseDate.parse` reads `YYYY-MM-DD` from its bytes and anything else by characters:
/// both must agree on every date, wrong ones included.
@Suite struct CaseDateTests {
    static func described(_ result: Result<CaseDate, CaseDate.DateProblem>?) -> String {
        switch result {
        case nil: return "not a date"
        case .success(let date)?: return date.iso
        case .failure(.impossible(let why))?: return "impossible: \(why)"
        case .failure(.yearOutOfRange(let year))?: return "year out of range: \(year)"
        }
    }

    /// Each text read as written and with a space before it (which `parse` trims, by
    /// characters): the same date or the same problem.
    @Test func bytesAndCharactersAgree() {
        var texts: [String] = []
        for year in ["0000", "1799", "1800", "2024", "2200", "2201", "20２4"] {
            texts.append(year)
            for month in ["00", "01", "02", "12", "13", "5", "１2"] {
                texts.append("\(year)-\(month)")
                for day in ["00", "01", "28", "29", "30", "31", "32", "7"] { texts.append("\(year)-\(month)-\(day)") }
            }
        }
        texts += ["2024-0516-", "2024--0516", "20240-5-16", "2024-05-1x", "2024/05/16", "2024-05-16T08:30", "-2024-05-1"]
        var dates = 0
        for text in texts {
            let direct = Self.described(CaseDate.parse(text)), trimmed = Self.described(CaseDate.parse(" " + text))
            #expect(direct == trimmed, "\(text)")
            if direct.first?.isNumber == true { dates += 1 }
        }
        #expect(Self.described(CaseDate.parse("2024-02-29")) == "2024-02-29")
        #expect(Self.described(CaseDate.parse("2023-02-29")) == "impossible: 2023-02 has 28 days, not 29")
        #expect(Self.described(CaseDate.parse("2204-01-01")) == "year out of range: 2204")
        #expect(dates > 50)
    }

    /// The ISO and Chinese forms, written digit by digit (`DecimalText`), are what string
    /// interpolation writes, for every year a case may have and every month and day, and
    /// for the dates without a day or a month.
    @Test func writtenFormsAreThoseOfInterpolation() {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        for year in [1800, 1949, 2024, 2200] {
            #expect(CaseDate(year: year).iso == "\(year)")
            #expect(DateFormat.display(CaseDate(year: year), language: "zh") == "\(year)年")
            for month in 1...12 {
                #expect(CaseDate(year: year, month: month).iso == "\(year)-\(two(month))")
                #expect(DateFormat.display(CaseDate(year: year, month: month), language: "zh") == "\(year)年\(month)月")
                for day in 1...31 {
                    let date = CaseDate(year: year, month: month, day: day)
                    #expect(date.iso == "\(year)-\(two(month))-\(two(day))")
                    #expect(DateFormat.display(date, language: "zh") == "\(year)年\(month)月\(day)日")
                }
            }
        }
        #expect(CaseDate(year: 987, month: 3).iso == "0987-03")
    }
}
