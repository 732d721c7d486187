@testable import ExhibitCore
import XCTest

/// The table of page kinds gives what the hand-written lists it replaced gave: the same
/// reserved page slugs, the same default menu, one template a kind.
final class PageKindTests: XCTestCase {
    func testReservedSlugsAreThoseOfBeforeTheTable() {
        XCTAssertEqual(SiteResolver.reservedRoots, ["cases", "categories", "tags", "organizations", "css", "js", "data",
                                                    "search", "timeline", "dashboard", "booklet", "images", "page", "kiosk", "scorecards", "map", "places"])
    }

    func testDefaultMenuKeepsItsOrder() {
        XCTAssertEqual(PageKind.defaultMenu.map(\.target), ["", "cases/", "categories/", "timeline/", "dashboard/", "booklet/"])
        XCTAssertEqual(PageKind.defaultMenu.map(\.string), ["home", "all_cases", "categories", "timeline", "dashboard", "booklet"])
    }

    func testEachKindHasATemplateOfItsOwn() {
        let templates = PageKind.all.map(\.template)
        XCTAssertEqual(Set(templates).count, templates.count)
        XCTAssertEqual(Set(templates), ["home", "case", "list", "terms", "page", "404", "timeline", "booklet", "dashboard", "search", "kiosk", "scorecard", "map", "place"])
    }
}
