@testable import ExhibitSearch
import XCTest

/// The radix sort of token values gives what the standard sort gives, for the sizes and
/// shapes a document's tokens have: single characters only (the top bytes all zero, the
/// passes skipped), pairs (all 47 bits), many equal values, and sizes on both sides of
/// the cut-over to the standard sort.
final class KeySortTests: XCTestCase {
    func testSortsAsTheStandardSortDoes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var sorter = KeySort()
        var checked = 0
        for size in [0, 1, 2, 63, 64, 65, 100, 257, 1000, 4096] {
            for shape in 0..<4 {
                var values: [UInt64] = (0..<size).map { _ in
                    switch shape {
                    case 0: return (next() % 0x110000) << 5 | next() % 32            // single characters
                    case 1: return (next() & (1 << 42 - 1)) << 5 | next() % 32        // pairs
                    case 2: return 7 << 5 | next() % 2                                 // nearly all equal
                    default: return next() % 2 == 0 ? (next() % 0x110000) << 5 : (next() & (1 << 42 - 1)) << 5 | 31
                    }
                }
                let expected = values.sorted()
                sorter.sort(&values)
                XCTAssertEqual(values, expected, "size \(size), shape \(shape)")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 40)
    }
}
