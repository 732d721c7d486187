import ExhibitCore
import Foundation
import XCTest

/// `serve` after edits of indicator figures and places: the served pages and the messages
/// are those of a fresh build, whichever path the edit took.
extension SiteSessionTests {
    func testIndicatorAndPlaceEditsMatchABuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        try (Self.siteYAML + """

        indicators:
          - id: organisation
            name: 组织建设
            indicators:
              - {id: member-participation, name: 党员参与率, unit: "%", kind: rate, target: 90, required: true}
        """).write(to: site.root.appendingPathComponent("content/site.yaml"), atomically: true, encoding: .utf8)
        _ = try edit(site, "content/cases/c1.md") {
            $0.replacingOccurrences(of: "  - {label: Jobs, value: 10, unit: 个}", with: "  - {label: Jobs, value: 10, unit: 个}\n  - {indicator: member-participation, value: 80}")
                .replacingOccurrences(of: "organization: Team 1", with: "organization: Team 1\nlocation: {province: 陕西, city: 延安市}")
        }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertTrue(session.update().succeeded)
        assertSessionMatchesColdBuild(session, site)

        func assertSameMessagesAsABuild(_ report: BuildReport, _ name: String) {
            let built = Builder(options: BuildOptions(siteRoot: site.root)).run(into: MemorySink())
            XCTAssertEqual(report.diagnostics.map(\.description).sorted(), built.diagnostics.map(\.description).sorted(), name)
        }
        // Another figure of the same indicator: the fast path, the dashboard follows.
        var report = session.update(changed: try edit(site, "content/cases/c1.md") { $0.replacingOccurrences(of: "value: 80}", with: "value: 95}") })
        XCTAssertTrue(report.onlyEditedCases)
        assertSessionMatchesColdBuild(session, site)
        assertSameMessagesAsABuild(report, "a new figure")
        // A new title of a case on a place page: the fast path, and the place page follows.
        report = session.update(changed: try edit(site, "content/cases/c1.md") { $0.replacingOccurrences(of: "title: Case 1", with: "title: Case One") })
        XCTAssertTrue(report.onlyEditedCases)
        XCTAssertTrue(String(decoding: session.file(at: "places/shaanxi/index.html") ?? Data(), as: UTF8.self).contains("Case One"))
        assertSessionMatchesColdBuild(session, site)
        // A case that starts reporting the required indicator changes the warning at
        // site.yaml; a new place adds a place page: both take the full path.
        report = session.update(changed: try edit(site, "content/cases/c2.md") {
            $0.replacingOccurrences(of: "  - {label: Jobs, value: 20, unit: 个}", with: "  - {label: Jobs, value: 20, unit: 个}\n  - {indicator: member-participation, value: 70}")
        })
        XCTAssertFalse(report.onlyEditedCases)
        assertSessionMatchesColdBuild(session, site)
        assertSameMessagesAsABuild(report, "a newly reported indicator")
        XCTAssertTrue(report.diagnostics.contains { $0.message.contains("is not reported by 4 of 6 cases") }, "\(report.diagnostics)")
        report = session.update(changed: try edit(site, "content/cases/c3.md") {
            $0.replacingOccurrences(of: "organization: Team 0", with: "organization: Team 0\nlocation: {province: 江西}")
        })
        XCTAssertFalse(report.onlyEditedCases)
        XCTAssertNotNil(session.file(at: "places/jiangxi/index.html"))
        assertSessionMatchesColdBuild(session, site)
        // Another organization for a case that reports an indicator: the terms are made
        // again, and the scorecards, which follow the organizations, move with it.
        XCTAssertNotNil(session.file(at: "scorecards/team-1/index.html"))
        report = session.update(changed: try edit(site, "content/cases/c1.md") {
            $0.replacingOccurrences(of: "organization: Team 1", with: "organization: 延安服务队")
        })
        XCTAssertTrue(report.editedTerms)
        XCTAssertNil(session.file(at: "scorecards/team-1/index.html"))
        assertSessionMatchesColdBuild(session, site)
        assertSameMessagesAsABuild(report, "another organization")
    }
}
