@testable import ExhibitCore
import ExhibitImages
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
            "content/cases/hall/gallery/IMG_0043.HEIC": "a phone's picture",
        ])
        #expect(report.diagnostics.map { "\($0.path):\($0.line):\($0.column): \($0.message)" } == [
            "content/cases/hall/index.md:1:1: `gallery/IMG_0043.HEIC` is in the gallery folder but is not a picture a browser shows: it is left out of the gallery",
        ])
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

    /// A gallery's photos are checked as a cover is: a GPS position is said at the
    /// `gallery:` entry, or, for a folder's photo, at the top of the case file.
    @Test func aGalleryPhotoWithAPositionIsWarnedAbout() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/hall/index.md": TemporarySite.caseFile(title: "Hall"),
            "content/cases/list/index.md": TemporarySite.caseFile(title: "List", extra: "gallery:\n  - {src: farm.jpg, caption: 农场}\n"),
        ])
        defer { site.remove() }
        for path in ["content/cases/hall/gallery/farm.jpg", "content/cases/list/farm.jpg"] {
            let url = site.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try SyntheticImage(.photo(seed: 1), width: 64, height: 48, metadata: .phone).write(to: url)
        }
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: MemorySink())
        let gps = report.diagnostics.filter { $0.message.contains("GPS") }.map { "\($0.path):\($0.line):\($0.column): \($0.message)" }.sorted()
        #expect(gps == [
            "content/cases/hall/index.md:1:1: the image `gallery/farm.jpg` carries a GPS position (where it was taken)",
            "content/cases/list/index.md:6:11: the image `farm.jpg` carries a GPS position (where it was taken)",
        ])
    }
}
