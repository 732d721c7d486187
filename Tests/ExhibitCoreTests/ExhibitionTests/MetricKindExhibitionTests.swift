@testable import ExhibitCore
import XCTest

final class MetricKindExhibitionTests: XCTestCase {
    func testCountsAndAmountsAreAdditive() {
        for unit in ["户", "人次", "万元", "篇", "亩", " 项 "] {
            XCTAssertEqual(MetricKind.classify(label: "成果", unit: unit), .additive, unit)
        }
    }

    func testRatesAreNeverSummed() {
        for unit in ["%", "％", "‰", "倍", "元/亩"] {
            XCTAssertEqual(MetricKind.classify(label: "成果", unit: unit), .rate, unit)
        }
    }

    func testALabelDeclaredAsARateIsNotSummedWhateverItsUnit() {
        XCTAssertEqual(MetricKind.classify(label: "户数", unit: "户"), .additive)
        XCTAssertEqual(MetricKind.classify(label: "户数", unit: "户", rateLabels: ["户数"]), .rate)
    }

    func testAveragesAreNotSummedEvenInAnAdditiveUnit() {
        XCTAssertEqual(MetricKind.classify(label: "人均增收", unit: "元"), .rate)
        XCTAssertEqual(MetricKind.classify(label: "就业率", unit: "个"), .rate)
    }

    /// Counts in a unit Exhibit does not know were filed under rates and left out of
    /// the totals; they are summed, and `UnknownUnits` warns so an editor can say otherwise.
    func testUnknownUnitsAreSummedAsCounts() {
        XCTAssertEqual(MetricKind.classify(label: "成果", unit: "米"), .additive)
        XCTAssertEqual(MetricKind.classify(label: "获奖", unit: ""), .additive)
        XCTAssertFalse(MetricKind.isKnown(unit: "米"))
        XCTAssertTrue(MetricKind.isKnown(unit: ""), "a figure without a unit counts things")
        XCTAssertTrue(MetricKind.isKnown(unit: "元/亩"))
        XCTAssertTrue(MetricKind.isKnown(unit: "万美元"), "money MoneyScale reads is known")
        XCTAssertEqual(MetricKind.classify(label: "覆盖率", unit: "米"), .rate, "a rate by its label stays a rate")
    }
}
