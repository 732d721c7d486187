import ExhibitCore
import Foundation
import XCTest

/// `serve` after an edit that embeds a video: its poster frame is published, as a build
/// publishes it, whichever path the edit took.
extension SiteSessionTests {
    func testAVideoEmbeddedByAnEditHasItsPoster() throws {
        guard let ffmpeg = ["/usr/bin/ffmpeg", "/usr/local/bin/ffmpeg"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("ffmpeg is not installed")
        }
        let site = try TemporarySite([
            "content/site.yaml": Self.siteYAML,
            "content/cases/hall/index.md": TemporarySite.caseFile(title: "Hall", extra: "tags: [video]\n", body: "A hall."),
            "content/cases/other.md": TemporarySite.caseFile(title: "Other", date: "2024-05-01", extra: "tags: [video]\n"),
        ])
        defer { site.remove() }
        let make = Process()
        make.executableURL = URL(fileURLWithPath: ffmpeg)
        make.arguments = ["-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=1",
                          "-pix_fmt", "yuv420p", site.root.appendingPathComponent("content/cases/hall/talk.mp4").path]
        try make.run()
        make.waitUntilExit()
        XCTAssertEqual(make.terminationStatus, 0)
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertTrue(session.update().succeeded)
        XCTAssertNil(session.file(at: "cases/hall/talk.poster.jpg"))

        // A text edit (the fast path) and a tag edit (terms made again) that embed it.
        for (name, change) in [("text", { (text: String) in text.replacingOccurrences(of: "A hall.", with: "A hall.\n\n![Guide](talk.mp4)") }),
                               ("tags", { (text: String) in text.replacingOccurrences(of: "tags: [video]", with: "tags: [video, 讲解]")
                                   .replacingOccurrences(of: "(talk.mp4)", with: "(talk.mp4)\n\n![Again](talk.mp4)") })] {
            let report = session.update(changed: try edit(site, "content/cases/hall/index.md", change))
            XCTAssertTrue(report.succeeded, "\(name): \(report.diagnostics)")
            XCTAssertNotNil(session.file(at: "cases/hall/talk.poster.jpg"), name)
            assertSessionMatchesColdBuild(session, site)
        }
    }
}
