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

    func testUnknownUnitsAreNotSummed() {
        XCTAssertEqual(MetricKind.classify(label: "成果", unit: "米"), .rate)
        XCTAssertEqual(MetricKind.classify(label: "成果", unit: ""), .rate)
        XCTAssertFalse(MetricKind.additiveUnits.contains("米"))
    }
}
