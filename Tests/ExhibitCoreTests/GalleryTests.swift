@testable import ExhibitCore
import Foundation
import Testing

/// A case's gallery as a visitor gets it: the pictures in order, with their captions and
/// sizes, as links to the pictures themselves.
struct GalleryTests {
    static func svg(_ width: Int, _ height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\"/>"
    }

    static func build(_ files: [String: String]) throws -> (page: String, report: BuildReport, sink: MemorySink) {
        let site = try TemporarySite(files.merging(["content/site.yaml": TemporarySite.siteYAML]) { a, _ in a })
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        return (sink.text("cases/hall/index.html") ?? "", report, sink)
    }

    /// The gallery's links, captions and thumbnails' sizes, in page order.
    static func items(_ page: String) -> [(href: String, alt: String, size: String, caption: String?)] {
        page.components(separatedBy: "<li class=\"gallery-item\">").dropFirst().map { item in
            func between(_ a: String, _ b: String) -> String? {
                guard let start = item.range(of: a), let end = item[start.upperBound...].range(of: b) else { return nil }
                return String(item[start.upperBound..<end.lowerBound])
            }
            let size = (between(" width=\"", "\"") ?? "?") + "x" + (between(" height=\"", "\"") ?? "?")
            return (between("href=\"", "\"") ?? "", between("alt=\"", "\"") ?? "", size, between("<figcaption aria-hidden=\"true\">", "</figcaption>"))
        }
    }

    @Test func aCaseFoldersGalleryFolderIsShownInFileNameOrder() throws {
        let (page, report, sink) = try Self.build([
            "content/cases/hall/index.md": TemporarySite.caseFile(title: "Hall"),
            "content/cases/hall/gallery/02-展厅入口.svg": Self.svg(40, 30),
            "content/cases/hall/gallery/01-travel_team.svg": Self.svg(30, 40),
            "content/cases/hall/gallery/10-vr.svg": Self.svg(20, 10),
            "content/cases/hall/gallery/10-vr.txt": "学生在 <b>VR</b> 展区\nsecond line\n",
            "content/cases/hall/gallery/IMG_0042.svg": Self.svg(8, 6),
            "content/cases/hall/gallery/notes.pdf": "not a picture",
        ])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let items = Self.items(page)
        #expect(items.map(\.href) == ["01-travel_team.svg", "02-展厅入口.svg", "10-vr.svg", "IMG_0042.svg"].map { "../../cases/hall/gallery/\($0)" })
        #expect(items.map(\.caption) == ["travel team", "展厅入口", "学生在 &lt;b&gt;VR&lt;/b&gt; 展区", nil])
        // A picture without a caption still has a name for screen readers.
        #expect(items.map(\.alt) == ["travel team", "展厅入口", "学生在 &lt;b&gt;VR&lt;/b&gt; 展区", "Hall 4/4"])
        #expect(items.map(\.size) == ["30x40", "40x30", "20x10", "8x6"])
        #expect(page.contains("<script src=\"../../js/gallery.js\" defer></script>"))
        #expect(sink.files["cases/hall/gallery/02-展厅入口.svg"] != nil, "the links lead to published files")
    }

    @Test func aGalleryListChoosesOrderAndCaptions() throws {
        let (page, report, _) = try Self.build([
            "content/cases/hall/index.md": TemporarySite.caseFile(title: "Hall", extra: """
            gallery:
              - {src: gallery/b.svg, caption: 乙图}
              - gallery/a.svg
              - ../../images/shared.svg

            """),
            "content/cases/hall/gallery/a.svg": Self.svg(4, 3),
            "content/cases/hall/gallery/b.svg": Self.svg(4, 3),
            "content/cases/hall/gallery/c.svg": Self.svg(4, 3),
            "content/images/shared.svg": Self.svg(4, 3),
        ])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let items = Self.items(page)
        #expect(items.map(\.href) == ["../../cases/hall/gallery/b.svg", "../../cases/hall/gallery/a.svg", "../../images/shared.svg"])
        #expect(items.map(\.caption) == ["乙图", "a", "shared"])
    }

    @Test func aCaseWithoutPicturesHasNoGalleryAndNoScript() throws {
        let (page, report, _) = try Self.build(["content/cases/hall/index.md": TemporarySite.caseFile(title: "Hall")])
        #expect(report.diagnostics.isEmpty)
        #expect(!page.isEmpty && !page.contains("data-gallery") && !page.contains("gallery.js"))
    }

    @Test func captionsFromFileNames() {
        #expect(GalleryMaker.caption(fromName: "gallery/01-红色旧址全景.jpg") == "红色旧址全景")
        #expect(GalleryMaker.caption(fromName: "soil_sampling-day-2.png") == "soil sampling day 2")
        #expect(GalleryMaker.caption(fromName: "2024年展厅.jpg") == "2024年展厅", "a year is not a number prefix")
        for camera in ["IMG_0042.JPG", "DSC01234.jpg", "PXL_20240618_101500.jpg", "20240618_101500.jpg", "003.jpg"] {
            #expect(GalleryMaker.caption(fromName: camera) == "", "\(camera)")
        }
    }
}
