import ExhibitCore
import XCTest

final class NumberFormatExhibitionTests: XCTestCase {
    func testThousandsAndDecimals() {
        XCTAssertEqual(NumberFormat.string(1200), "1,200")
        XCTAssertEqual(NumberFormat.string(1_234_567), "1,234,567")
        XCTAssertEqual(NumberFormat.string(999), "999")
        XCTAssertEqual(NumberFormat.string(2.5), "2.5")
        XCTAssertEqual(NumberFormat.string(30.0), "30")
        XCTAssertEqual(NumberFormat.string(0), "0")
        XCTAssertEqual(NumberFormat.string(-1500.25), "-1,500.3")
    }

    func testEveryLengthIsGroupedByThreesFromTheRight() {
        let digits = "987654321098765"
        for length in 1...digits.count {
            let number = String(digits.prefix(length))
            // Written plainly: groups of three taken from the right.
            var groups: [String] = []
            var rest = Substring(number)
            while rest.count > 3 { groups.insert(String(rest.suffix(3)), at: 0); rest = rest.dropLast(3) }
            groups.insert(String(rest), at: 0)
            XCTAssertEqual(NumberFormat.string(Double(number)!), groups.joined(separator: ","), number)
            XCTAssertEqual(NumberFormat.string(-Double(number)!), "-" + groups.joined(separator: ","), number)
        }
    }

    func testNoFloatingPointNoiseAndNoNegativeZero() {
        XCTAssertEqual(NumberFormat.string(0.1 + 0.2), "0.3")
        XCTAssertEqual(NumberFormat.string(2.04), "2")
        XCTAssertEqual(NumberFormat.string(-0.04), "0")
        XCTAssertEqual(NumberFormat.string(.nan), "0")
    }

    func testTotalsTooLargeForDecimalsAreWholeGroupedNumbers() {
        XCTAssertEqual(NumberFormat.string(1.5e15, maxDecimals: 2), "1,500,000,000,000,000")
        XCTAssertEqual(NumberFormat.string(-2e16), "-20,000,000,000,000,000")
        XCTAssertEqual(NumberFormat.string(2e16, grouping: false), "20000000000000000")
    }

    func testMoreDecimalsAndCoordinates() {
        XCTAssertEqual(NumberFormat.string(0.35, maxDecimals: 2), "0.35")
        XCTAssertEqual(NumberFormat.string(0.1 + 0.2, maxDecimals: 2), "0.3")
        XCTAssertEqual(NumberFormat.coordinate(1234.56), "1234.6")
        XCTAssertEqual(NumberFormat.coordinate(640), "640")
    }

    /// Zeros after the point are dropped from the end only: a zero before another digit
    /// stays, and a whole number has no point.
    func testTrailingZerosOnly() {
        XCTAssertEqual(NumberFormat.string(0.05, maxDecimals: 2), "0.05")
        XCTAssertEqual(NumberFormat.string(2.50, maxDecimals: 2), "2.5")
        XCTAssertEqual(NumberFormat.string(3.001, maxDecimals: 3), "3.001")
        XCTAssertEqual(NumberFormat.string(3.1004, maxDecimals: 3), "3.1")
        XCTAssertEqual(NumberFormat.string(7.0, maxDecimals: 3), "7")
        XCTAssertEqual(NumberFormat.string(-0.06, maxDecimals: 2), "-0.06")
        XCTAssertEqual(NumberFormat.string(1_000.004, maxDecimals: 2), "1,000")
    }
}
