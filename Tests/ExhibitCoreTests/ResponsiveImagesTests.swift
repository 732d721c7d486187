@testable import ExhibitCore
@testable import ExhibitImages
import Foundation
import Testing

/// Pages publish the site's photos as their variants (issue 13): `<picture>` with srcset,
/// sizes, width and height, in WebP and a JPEG or PNG fallback, upright, with no GPS, made
/// once and then taken from the cache; the originals stay out of the output.
@Suite struct ResponsiveImagesTests {
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots/responsive-images.txt")

    /// A case folder with a phone photo as the cover (GPS in it), a PNG with transparency,
    /// a photo stored sideways (EXIF orientation 6) and a drawing in its text; `extra`
    /// goes into site.yaml.
    static func site(extra: String = "", body: String = "") throws -> TemporarySite {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML + "\n" + extra,
            "content/cases/orchard/index.md": """
                ---
                title: Orchard
                date: 2024-06-18
                category: research
                cover: photo.jpg
                cover_alt: The orchard
                ---
                Text.

                ![A logo with a clear background](clear.png)

                ![Turned by its EXIF tag](turned.jpg "Upright")

                ![A plan](plan.svg)
                \(body)
                """,
            "content/cases/orchard/plan.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
        ])
        let folder = site.root.appendingPathComponent("content/cases/orchard")
        try SyntheticImage(.photo(seed: 3), width: 1200, height: 800, metadata: .phone).write(to: folder.appendingPathComponent("photo.jpg"))
        try SyntheticImage(.transparentHalf(seed: 4), width: 600, height: 400).write(to: folder.appendingPathComponent("clear.png"))
        try SyntheticImage(.redCorner, width: 300, height: 200, orientation: 6, metadata: .phone).write(to: folder.appendingPathComponent("turned.jpg"))
        return site
    }

    static func build(_ site: TemporarySite) -> (BuildReport, MemorySink) {
        var options = BuildOptions(siteRoot: site.root)
        options.threads = 2
        let sink = MemorySink()
        return (Builder(options: options).run(into: sink), sink)
    }

    /// What a reader's browser gets: the image files written (format and size as read back
    /// from them) and every `<picture>` and picture `<img>` of the case page, a card and the
    /// booklet, and the picture the case page gives to sharing (Open Graph).
    static func summary(_ sink: MemorySink) throws -> String {
        var lines = ["# image files written"]
        for path in sink.files.keys.sorted() where ImageEngine.handles(URL(fileURLWithPath: path)) {
            let info = try #require(probe(sink.files[path]!, named: path))
            lines.append("\(path) \(info.format) \(info.width)×\(info.height)")
        }
        for page in ["cases/orchard/index.html", "cases/index.html", "booklet/index.html"] {
            lines.append("# \(page)")
            let html = try #require(sink.text(page))
            let pattern = try NSRegularExpression(pattern: #"<picture>.*?</picture>|<img class="booklet-cover-image"[^>]*>|<meta property="og:image"[^>]*>"#)
            lines += pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range, in: html)!]) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `data` read back with libvips' probe, from a file of `name`'s extension.
    static func probe(_ data: Data, named name: String) -> ImageInfo? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-probe-\(UUID().uuidString)-" + (name.split(separator: "/").last ?? ""))
        defer { try? FileManager.default.removeItem(at: url) }
        guard (try? data.write(to: url)) != nil else { return nil }
        return ImageProbe.probe(url).info
    }

    @Test func pagesShowTheVariantsAsTheGoldenFileSays() throws {
        let site = try Self.site()
        defer { site.remove() }
        let (report, sink) = Self.build(site)
        #expect(report.succeeded, "\(report.diagnostics)")
        let summary = try Self.summary(sink)
        if ProcessInfo.processInfo.environment["EXHIBIT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try summary.write(to: Self.snapshot, atomically: true, encoding: .utf8)
            Issue.record("EXHIBIT_RECORD=1 recorded Snapshots/responsive-images.txt; review the diff, then run again without it")
            return
        }
        #expect(summary == (try String(contentsOf: Self.snapshot, encoding: .utf8)))
    }

    @Test func theOriginalsAreNotPublishedButALinkedOneIs() throws {
        let site = try Self.site(body: "\n[The full photo](photo.jpg)\n\n![Again, with a query](photo.jpg?v=2)\n")
        defer { site.remove() }
        let (_, sink) = Self.build(site)
        #expect(sink.files["cases/orchard/photo.jpg"] != nil, "a page links to it, so it is published")
        #expect(sink.files["cases/orchard/clear.png"] == nil)
        #expect(sink.files["cases/orchard/turned.jpg"] == nil)
        #expect(sink.files["cases/orchard/plan.svg"] != nil, "a drawing is published as it is")
        let page = try #require(sink.text("cases/orchard/index.html"))
        #expect(!page.contains("src=\"../../cases/orchard/photo.jpg"), "the original is no picture's source")
        #expect(page.contains("alt=\"Again, with a query\" loading=\"lazy\""), "an image with a query is a picture too")
        #expect(page.contains("<img src=\"../../cases/orchard/plan.svg\" alt=\"A plan\" />"), "a drawing is left as cmark wrote it")
    }

    /// The search result list shows a case's cover at its smallest (issue 13, item 7).
    @Test func theSearchIndexNamesTheSmallestCover() throws {
        let site = try Self.site()
        defer { site.remove() }
        let (_, sink) = Self.build(site)
        let docs = sink.files.filter { $0.key.hasPrefix("search/docs/") }.map { String(decoding: $0.value, as: UTF8.self) }
        #expect(docs.contains { $0.contains("\"thumb\":\"cases/orchard/photo-480.webp\"") }, "\(docs)")
    }

    @Test func noPublishedImageCarriesGPSOrEXIFAndTheTurnedPhotoIsUpright() throws {
        let site = try Self.site()
        defer { site.remove() }
        let (_, sink) = Self.build(site)
        let images = sink.files.filter { ImageEngine.handles(URL(fileURLWithPath: $0.key)) }
        #expect(images.count == 8, "\(images.keys.sorted())")
        for (path, data) in images {
            let info = try #require(Self.probe(data, named: path), "\(path)")
            #expect(!info.hasGPS && !info.hasMetadata, "\(path) carries metadata")
            #expect(info.orientation == 1, "\(path)")
        }
        // Stored 300×200 with a red top-left corner, turned 90° clockwise to be seen:
        // published 200×300 with the red corner at the top right.
        let turned = try #require(images["cases/orchard/turned-200.jpg"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-turned-\(UUID().uuidString).jpg")
        defer { try? FileManager.default.removeItem(at: url) }
        try turned.write(to: url)
        #expect(ImageProbe.probe(url).info.map { ($0.width, $0.height) } ?? (0, 0) == (200, 300))
        let topRight = try #require(ImageProbe.pixel(of: url, x: 195, y: 5))
        #expect(topRight[0] > 150 && topRight[2] < 100, "red at the top right: \(topRight)")
    }

    @Test func keepImageMetadataKeepsIt() throws {
        let site = try Self.site(extra: "keep_image_metadata: true\n")
        defer { site.remove() }
        let (report, sink) = Self.build(site)
        #expect(report.succeeded)
        let jpeg = try #require(sink.files["cases/orchard/photo-960.jpg"])
        let info = try #require(Self.probe(jpeg, named: "photo-960.jpg"))
        #expect(info.hasGPS, "kept on request")
        let gps = try #require(report.diagnostics.first { $0.message.contains("GPS") })
        #expect(gps.fix?.hasPrefix("`keep_image_metadata: true` in site.yaml publishes the position") == true, "\(gps)")
    }

    @Test func aSecondBuildTakesEveryImageFromTheCache() throws {
        let site = try Self.site()
        defer { site.remove() }
        let cache = site.root.appendingPathComponent(".exhibit-cache/images")
        let (_, first) = Self.build(site)
        let entries = try Self.manifests(in: cache)
        #expect(entries.count == 3, "one entry per photo")
        let (_, second) = Self.build(site)
        #expect(try Self.manifests(in: cache) == entries, "no entry made or rewritten")
        #expect(second.files == first.files, "the same bytes")
    }

    /// Variants go through the staging folder like every file: a build that fails leaves
    /// the previous output, photos included, as it was.
    @Test func aFailedBuildLeavesThePublishedPhotosAsTheyWere() throws {
        let site = try Self.site()
        defer { site.remove() }
        let output = site.root.appendingPathComponent("public")
        let options = BuildOptions(siteRoot: site.root, output: output)
        #expect(Builder(options: options).build().succeeded)
        let before = try Data(contentsOf: output.appendingPathComponent("cases/orchard/photo-960.webp"))
        try SyntheticImage(.photo(seed: 9), width: 2000, height: 1000).write(to: site.root.appendingPathComponent("content/cases/orchard/photo.jpg"))
        let file = site.root.appendingPathComponent("content/cases/orchard/index.md")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "category: research", with: "category: nope")
            .write(to: file, atomically: false, encoding: .utf8)
        #expect(!Builder(options: options).build().succeeded)
        #expect(try Data(contentsOf: output.appendingPathComponent("cases/orchard/photo-960.webp")) == before)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("cases/orchard/photo-1600.webp").path),
                "the new, wider photo's variants are not published")
    }

    /// `check` writes nothing, not even the cache: it plans the variants from the photos'
    /// headers, and its pages are byte for byte the build's.
    @Test func checkPlansTheVariantsWithoutMakingThem() throws {
        let site = try Self.site()
        defer { site.remove() }
        let cache = site.root.appendingPathComponent(".exhibit-cache")
        let checked = SiteChecker(options: BuildOptions(siteRoot: site.root)).run()
        #expect(checked.rendered && checked.images > 0)
        #expect(!checked.diagnostics.contains { $0.message.contains("leads to no file") }, "\(checked.diagnostics)")
        var options = BuildOptions(siteRoot: site.root)
        options.writesCaches = false
        let planned = MemorySink()
        #expect(Builder(options: options).run(into: planned).succeeded)
        #expect(!FileManager.default.fileExists(atPath: cache.path), "nothing written")
        let (_, built) = Self.build(site)
        #expect(Set(planned.files.keys) == Set(built.files.keys))
        for path in built.files.keys where path.hasSuffix(".html") || path.hasPrefix("search/") {
            #expect(planned.files[path] == built.files[path], "\(path)")
        }
    }

    /// The manifests of a cache and their modification times.
    static func manifests(in cache: URL) throws -> [String: Date] {
        var found: [String: Date] = [:]
        for case let url as URL in FileManager.default.enumerator(at: cache, includingPropertiesForKeys: [.contentModificationDateKey])!
        where url.lastPathComponent == "manifest.json" {
            found[url.path] = try url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate
        }
        return found
    }

    /// `serve` answers with the same files from its memory, and keeps its fast path.
    @Test func serveGivesTheVariantsAndKeepsThePicturesOnAnEdit() throws {
        let site = try Self.site()
        defer { site.remove() }
        let (_, built) = Self.build(site)
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        #expect(session.update().succeeded)
        #expect(session.file(at: "cases/orchard/photo-480.webp") == built.files["cases/orchard/photo-480.webp"])
        #expect(session.file(at: "cases/orchard/photo.jpg") == nil, "the original is not published")
        let file = site.root.appendingPathComponent("content/cases/orchard/index.md")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Text.", with: "More text.")
            .write(to: file, atomically: false, encoding: .utf8)
        let report = session.update(changed: [file.path])
        #expect(report.onlyEditedCases)
        let page = String(decoding: try #require(session.file(at: "cases/orchard/index.html")), as: UTF8.self)
        #expect(page.contains("More text.") && page.contains("srcset=\"../../cases/orchard/clear-480.webp 480w\""))

        // A photo replaced by a wider one: its new variants, at once.
        let photo = site.root.appendingPathComponent("content/cases/orchard/photo.jpg")
        try SyntheticImage(.photo(seed: 8), width: 2000, height: 1000).write(to: photo)
        #expect(session.update(changed: [photo.path]).succeeded)
        #expect(session.file(at: "cases/orchard/photo-1600.webp") != nil)
        #expect(session.file(at: "cases/orchard/photo-480.webp") != built.files["cases/orchard/photo-480.webp"])
        let cover = String(decoding: try #require(session.file(at: "cases/orchard/index.html")), as: UTF8.self)
        #expect(cover.contains("width=\"2000\" height=\"1000\" alt=\"The orchard\""))
    }
}
