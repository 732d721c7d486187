import Foundation
import Testing
@testable import ExhibitImages

@Suite struct ImageVariantsTests {
    let engine = ImageEngine(settings: ImageSettings(widths: [200, 480, 960]))

    func process(_ source: URL, in folder: TestFolder, engine: ImageEngine? = nil) throws -> ImageOutcome {
        try (engine ?? self.engine).process(ImageJob(source: source, destination: folder.file("out"), baseName: "pic"))
    }

    @Test func aPhotoTurnedByEXIFComesOutUpright() throws {
        let folder = try TestFolder()
        // Stored 400×300 with a red top-left corner; orientation 6 means "turn 90° clockwise
        // to view", so a viewer sees 300×400 with the red corner at the top right.
        let source = try folder.picture("turned.jpg", SyntheticImage(.redCorner, width: 400, height: 300, orientation: 6))
        let image = try #require(try process(source, in: folder).image)
        #expect((image.width, image.height) == (300, 400))
        for variant in image.variants {
            let url = URL(fileURLWithPath: variant.path)
            #expect(abs(variant.height - variant.width * 4 / 3) <= 1, "\(variant.fileName) is portrait")
            #expect(isRed(ImageProbe.pixel(of: url, x: variant.width - 5, y: 5)), "\(variant.fileName) top right")
            #expect(isBlue(ImageProbe.pixel(of: url, x: 5, y: 5)), "\(variant.fileName) top left")
            // Upright pixels and no orientation tag: a browser must not turn it again.
            #expect(ImageProbe.probe(url).info?.orientation == 1)
        }
    }

    @Test func outputsCarryNoGPSNoEXIFNoXMP() throws {
        let folder = try TestFolder()
        let source = try folder.picture("village.jpg", SyntheticImage(.photo(seed: 1), width: 640, height: 480, metadata: .phone))
        let image = try #require(try process(source, in: folder).image)
        #expect(image.variants.map(\.format) == [.webp, .jpeg, .webp, .jpeg])
        for variant in image.variants {
            // libvips reads EXIF, XMP, IPTC and ICC into fields with these names.
            let fields = try #require(ImageProbe.fieldNames(of: URL(fileURLWithPath: variant.path)))
            let metadata = fields.filter {
                $0.hasPrefix("exif-") || $0.hasPrefix("xmp-") || $0.hasPrefix("iptc-") || $0 == "icc-profile-data"
            }
            #expect(metadata.isEmpty, "\(variant.fileName) still carries \(metadata)")
            #expect(ImageProbe.probe(URL(fileURLWithPath: variant.path)).info?.hasGPS == false)
        }
    }

    @Test func keptMetadataStaysButTheOrientationIsNotAppliedTwice() throws {
        let folder = try TestFolder()
        let source = try folder.picture("kept.jpg", SyntheticImage(.redCorner, width: 400, height: 300, orientation: 6, metadata: .phone))
        let keep = ImageEngine(settings: ImageSettings(widths: [200], keepMetadata: true))
        let image = try #require(try process(source, in: folder, engine: keep).image)
        let jpeg = try #require(image.variants.first { $0.format == .jpeg })
        let fields = try #require(ImageProbe.fieldNames(of: URL(fileURLWithPath: jpeg.path)))
        #expect(fields.contains("exif-ifd0-Make"))
        #expect(ImageProbe.probe(URL(fileURLWithPath: jpeg.path)).info?.orientation == 1)
    }

    @Test func noVariantIsWiderThanTheOriginal() throws {
        let folder = try TestFolder()
        let source = try folder.picture("medium.jpg", SyntheticImage(.photo(seed: 2), width: 700, height: 500))
        let image = try #require(try process(source, in: folder).image)
        #expect(image.variants.map(\.width) == [200, 200, 480, 480])
        #expect(image.variants.map(\.height) == [143, 143, 343, 343])
        #expect(folder.names(in: "out") == ["pic-200.jpg", "pic-200.webp", "pic-480.jpg", "pic-480.webp"])
        for variant in image.variants {
            #expect(ImageProbe.probe(URL(fileURLWithPath: variant.path)).info?.width == variant.width)
            #expect(variant.bytes > 0)
        }
    }

    @Test func anOriginalNarrowerThanEveryWidthKeepsItsOwn() throws {
        let folder = try TestFolder()
        let source = try folder.picture("icon.jpg", SyntheticImage(.photo(seed: 3), width: 150, height: 100))
        let image = try #require(try process(source, in: folder).image)
        #expect(image.variants.map(\.width) == [150, 150])
        #expect(ImageSettings().widths(forOriginal: 2000) == [480, 960, 1600])
        #expect(ImageSettings().widths(forOriginal: 4000) == [480, 960, 1600, 2400])
    }

    @Test func transparentImagesFallBackToPNGAndKeepTheirTransparency() throws {
        let folder = try TestFolder()
        let source = try folder.picture("logo.png", SyntheticImage(.transparentHalf(seed: 4), width: 500, height: 250))
        let image = try #require(try process(source, in: folder).image)
        #expect(image.fallbackFormat == .png)
        #expect(image.variants.map(\.format) == [.webp, .png, .webp, .png])
        for variant in image.variants {
            let url = URL(fileURLWithPath: variant.path)
            #expect(ImageProbe.probe(url).info?.hasAlpha == true, "\(variant.fileName)")
            #expect(ImageProbe.pixel(of: url, x: 2, y: 2)?.last == 0, "\(variant.fileName) left half transparent")
        }
    }

    @Test func aTruncatedJPEGIsReportedAndWritesNothing() throws {
        let folder = try TestFolder()
        let whole = try Data(contentsOf: folder.picture("whole.jpg", SyntheticImage(.photo(seed: 5), width: 800, height: 600)))
        let cut = folder.file("cut.jpg")
        try whole.prefix(whole.count / 2).write(to: cut)
        let outcome = try process(cut, in: folder)
        #expect(outcome.image == nil)
        #expect(outcome.failure == .truncated)
        #expect(outcome.warnings(shownAt: 960) == [.truncated])
        #expect(folder.names(in: "out").isEmpty)
    }

    @Test func randomBytesAreUnreadableNotACrash() throws {
        let folder = try TestFolder()
        let url = folder.file("photo.jpg")
        try Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: url)
        let outcome = try process(url, in: folder)
        #expect(outcome.image == nil)
        guard case .unreadable? = outcome.failure else {
            Issue.record("expected unreadable, got \(String(describing: outcome.failure))")
            return
        }
    }
}
