import Foundation
import XCTest

/// Review before publishing and the privacy checks, as the office meets them: `check`
/// counts the cases awaiting review, `build --reviewed-only` and `require_review: true`
/// leave them out and list them, and personal data is a warning at its place that
/// `--strict` turns into a failure.
final class ReviewAndPrivacyTests: EndToEndCase {
    private func reviewOne(_ site: URL) throws {
        let file = site.appendingPathComponent("content/cases/apple-service.md")
        try write(read(file).replacingOccurrences(of: "slug: apple-service\n", with: "slug: apple-service\nreview: {by: 党委宣传部, on: 2024-06-20}\n"), to: file)
    }

    /// The number of cases of a full build, from its closing line.
    private func casesBuilt(_ run: ExhibitRun) -> Int? {
        guard let range = run.stdout.range(of: #"\((\d+) cases\)"#, options: .regularExpression) else { return nil }
        return Int(run.stdout[range].dropFirst().prefix { $0.isNumber })
    }

    func testCheckCountsTheCasesAwaitingReviewAndABuildPublishesThemAll() throws {
        let (_, site) = try makeExampleSite()
        try reviewOne(site)
        let all = try XCTUnwrap(casesBuilt(try buildOK(site)))
        XCTAssertGreaterThan(all, 5)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/cases/red-oral-history/index.html").path))
        let check = try exhibit(["check", "--verbose"], in: site)
        XCTAssertEqual(check.status, 0, "\(check)")
        XCTAssertTrue(check.stdout.contains("\(all - 1) case(s) await review (no `review: {by, on}`):\n"), "\(check)")
        XCTAssertTrue(check.stdout.contains("  content/cases/red-oral-history.md\n"), "\(check)")
        XCTAssertFalse(check.stdout.contains("  content/cases/apple-service.md\n"), "\(check)")
    }

    func testReviewedOnlyLeavesOutAndListsTheOthers() throws {
        let (_, site) = try makeExampleSite()
        try reviewOne(site)
        let all = try XCTUnwrap(casesBuilt(try buildOK(site)))
        let output = site.appendingPathComponent("public")
        for file in ["data/cases.json", "feed.xml"] {
            XCTAssertTrue(read(output.appendingPathComponent(file)).contains("老兵说"), "a full build lists the case in \(file)")
        }
        let gated = try buildOK(site, ["--reviewed-only"])
        XCTAssertEqual(casesBuilt(gated), 1, "\(gated)")
        XCTAssertTrue(gated.stderr.contains("left out \(all - 1) case(s) awaiting review (no `review: {by, on}`):\n"), "\(gated)")
        XCTAssertTrue(gated.stderr.contains("  content/cases/red-oral-history.md\n"), "\(gated)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("cases/apple-service/index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("cases/red-oral-history").path))
        for file in ["data/cases.json", "feed.xml"] {
            XCTAssertFalse(read(output.appendingPathComponent(file)).contains("老兵说"), "the unreviewed case is not in \(file)")
        }
    }

    func testRequireReviewInSiteYAMLGatesEveryBuild() throws {
        let (_, site) = try makeExampleSite()
        try reviewOne(site)
        let settings = site.appendingPathComponent("content/site.yaml")
        try write(read(settings) + "\nrequire_review: true\n", to: settings)
        let run = try buildOK(site)
        XCTAssertEqual(casesBuilt(run), 1, "\(run)")
        XCTAssertTrue(run.stderr.contains("case(s) awaiting review"), "\(run)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/cases/red-oral-history").path))
    }

    func testPersonalDataIsAWarningAtItsPlaceAndFailsWithStrict() throws {
        let (_, site) = try makeExampleSite()
        let file = site.appendingPathComponent("content/cases/red-oral-history.md")
        try write(read(file) + "\n联系人手机 13812345678，订单号 110105199003071234。\n", to: file)
        let lines = read(file).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let check = try exhibit(["check"], in: site)
        XCTAssertEqual(check.status, 0, "a warning alone passes\n\(check)")
        XCTAssertTrue(check.stderr.contains("content/cases/red-oral-history.md:\(lines):7: warning: `138****5678` looks like a mobile telephone number"), "\(check)")
        XCTAssertFalse(check.stderr.contains("ID number"), "a wrong check digit is no ID number\n\(check)")
        let strict = try exhibit(["build", "--strict"], in: site)
        XCTAssertEqual(strict.status, 1, "\(strict)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "a failed build writes nothing")
        let settings = site.appendingPathComponent("content/site.yaml")
        try write(read(settings) + "\nprivacy_ok: [138-1234-5678]\n", to: settings)
        XCTAssertEqual(try exhibit(["check", "--strict"], in: site).status, 0, "privacy_ok silences it")
    }
}
