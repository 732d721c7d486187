@testable import ExhibitCore
@testable import ExhibitImages
import Foundation
import Testing

/// A gallery of photos shows and links their variants, as covers do: the thumbnail picks
/// its width from the srcset, the link and the viewer open the 1600 px JPEG, and the
/// originals (4,000 px straight from a phone, GPS included) are not published.
@Suite struct GalleryPhotoTests {
    @Test func galleryPhotosArePublishedAsTheirVariantsOnly() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/hall/index.md": "---\ntitle: Hall\ndate: 2024-06-18\ncategory: research\n---\nText.\n",
        ])
        let gallery = site.root.appendingPathComponent("content/cases/hall/gallery")
        try FileManager.default.createDirectory(at: gallery, withIntermediateDirectories: true)
        try SyntheticImage(.photo(seed: 5), width: 4000, height: 3000, metadata: .phone).write(to: gallery.appendingPathComponent("01-展厅.jpg"))
        try SyntheticImage(.photo(seed: 6), width: 1200, height: 900).write(to: gallery.appendingPathComponent("02-讲解.jpg"))
        var options = BuildOptions(siteRoot: site.root)
        options.threads = 2
        let sink = MemorySink()
        let report = Builder(options: options).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        let page = try #require(sink.text("cases/hall/index.html"))
        // The links: the 1600 px variant of the large photo, the largest of the small one.
        #expect(page.contains("href=\"../../cases/hall/gallery/01-展厅-1600.jpg\" data-gallery-item"), "\(page)")
        #expect(page.contains("href=\"../../cases/hall/gallery/02-讲解-960.jpg\" data-gallery-item"))
        // The thumbnails: WebP and JPEG srcsets for the grid's width, the 480 px JPEG as src.
        #expect(page.contains("<source type=\"image/webp\" srcset=\"../../cases/hall/gallery/01-展厅-480.webp 480w, "))
        #expect(page.contains("src=\"../../cases/hall/gallery/01-展厅-480.jpg\" srcset=\"../../cases/hall/gallery/01-展厅-480.jpg 480w, "))
        #expect(page.contains("width=\"4000\" height=\"3000\""))
        // No original, and every linked variant exists.
        #expect(sink.files["cases/hall/gallery/01-展厅.jpg"] == nil)
        #expect(sink.files["cases/hall/gallery/02-讲解.jpg"] == nil)
        #expect(sink.files["cases/hall/gallery/01-展厅-1600.jpg"] != nil)
        #expect(sink.files["cases/hall/gallery/02-讲解-960.jpg"] != nil)
    }
}
