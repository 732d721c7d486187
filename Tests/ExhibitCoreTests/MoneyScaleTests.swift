@testable import ExhibitCore
import Testing

/// Large sums of money read as a Chinese report writes them; nothing else is rescaled.
@Suite struct MoneyScaleTests {
    func shown(_ value: Double, _ unit: String) -> String {
        let (v, u) = MoneyScale.scaled(value, unit: unit) ?? (NumberFormat.string(value, maxDecimals: 2), unit)
        return "\(v) \(u)"
    }

    @Test func largeSumsOfMoneyReadInWanAndYi() {
        #expect(shown(116_022.1, "万元") == "11.6 亿元")
        #expect(shown(26_000_000, "元") == "2,600 万元")
        #expect(shown(350_000_000, "元") == "3.5 亿元")
        #expect(shown(12_000, "万美元") == "1.2 亿美元")
        #expect(shown(-150_000_000, "元") == "-1.5 亿元")
        #expect(shown(1_500_000, "千元") == "15 亿元")
        #expect(shown(3_000, "百万元") == "30 亿元")
        #expect(shown(2, "万亿元") == "2 万亿元", "a larger unit than 亿 stays as written")
        #expect(shown(99_999_999, "元") == "1 亿元", "the unit follows the figure as shown, not 10,000 万元")
        #expect(shown(9_999.99, "万元") == "9,999.99 万元")
    }

    /// `unit`'s factor and currency, as `factor currency`; nil when it is not money.
    func parsed(_ unit: String) -> String? { MoneyScale.parse(unit).map { "\(Int($0.factor)) \($0.currency)" } }

    @Test func aUnitIsReadWithoutTheSpacesAroundIt() {
        #expect(parsed(" 万元 ") == "10000 元")
        #expect(parsed("千美元\u{3000}") == "1000 美元", "a full-width space")
        #expect(parsed("英镑\t") == "1 英镑")
        #expect(parsed("人民币") == "1 人民币")
        for unit in ["人", "项", "%", "亩 ", "单元", "万", "元\u{301}", "", " "] {
            #expect(MoneyScale.parse(unit) == nil, "\(unit)")
        }
    }

    @Test func otherFiguresStayAsWritten() {
        #expect(shown(15_000, "人") == "15,000 人")
        #expect(shown(0.35, "万元") == "0.35 万元")
        #expect(shown(2_600, "万元") == "2,600 万元")
        #expect(shown(12_345, "元") == "12,345 元")
        #expect(shown(3.2, "亿元") == "3.2 亿元")
        #expect(MoneyScale.scaled(120_000_000, unit: "%") == nil)
        #expect(shown(500, "千元") == "500 千元", "below a million 元")
        #expect(shown(20_000_000, "单元") == "20,000,000 单元", "a flat is not money")
    }
}
