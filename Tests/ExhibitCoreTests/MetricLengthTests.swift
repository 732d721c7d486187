@testable import ExhibitCore
import Testing

/// A figure's length step: what the theme gives more room to. The browser test
/// `test_long_figures.py` checks that the room is enough; this one pins the steps.
@Suite struct MetricLengthTests {
    func step(_ value: Double, _ unit: String) -> String {
        MetricLength.of(value: NumberFormat.string(value), unit: unit)?.rawValue ?? "-"
    }

    @Test func shortFiguresGetNoStep() {
        #expect(step(30, "%") == "-")
        #expect(step(98.5, "%") == "-")
        #expect(step(386, "万元") == "-")
        #expect(step(96, "场") == "-")
        #expect(step(1_260, "个") == "-", "4 digits and a one-character unit fit one column")
    }

    @Test func stepsGrowWithDigitsAndUnit() {
        #expect(step(1_260, "人次") == "long")
        #expect(step(120_000, "") == "long")
        #expect(step(1_200_000, "人") == "longer")
        #expect(step(26_000_000, "人次") == "longer")
        #expect(step(123_456_789_012, "人次") == "longest")
        #expect(step(1_200, "people") == "long", "a Latin unit counts its letters")
        #expect(step(1_200, "") == "-")
    }

    /// Each step is reached by adding one digit, never skipped back: a longer figure never
    /// gets less room than a shorter one with the same unit.
    @Test func moreDigitsNeverLessRoom() {
        let order = ["-": 0, "long": 1, "longer": 2, "longest": 3]
        for unit in ["", "%", "项", "人次", "个百分点", "people"] {
            var last = 0
            for digits in 1...15 {
                let now = order[step(Double(String(repeating: "8", count: digits))!, unit)]!
                #expect(now >= last, "\(digits) digits, unit \(unit)")
                last = now
            }
            #expect(last == 3, "15 digits are the longest step with unit \(unit)")
        }
    }

    @Test func widthCountsSeparatorsNarrowAndNonASCIIWide() {
        #expect(MetricLength.number("1,000") == 4 * 0.55 + 0.27)
        #expect(MetricLength.number("8.5") == 2 * 0.55 + 0.27)
        #expect(MetricLength.number("约3") == 1.0 + 0.55, "a Han character is as wide as one, not as its three bytes")
    }
}
