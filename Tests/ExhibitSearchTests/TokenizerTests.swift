import ExhibitSearch
import XCTest

final class TokenizerTests: XCTestCase {
    func testPlaceholder() {}
}
