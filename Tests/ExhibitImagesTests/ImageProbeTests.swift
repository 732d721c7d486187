import Foundation
import Testing
@testable import ExhibitImages

@Suite struct ImageProbeTests {
    @Test func aTurnedPhotoIsMeasuredAsItIsSeen() throws {
        let folder = try TestFolder()
        let url = try folder.picture("turned.jpg", SyntheticImage(.redCorner, width: 400, height: 300, orientation: 6))
        let info = try #require(ImageProbe.probe(url).info)
        #expect(info.format == .jpeg)
        #expect(info.orientation == 6)
        #expect((info.width, info.height) == (300, 400))
        #expect(!info.hasGPS)
    }

    @Test func aPhoneLocationIsNoticed() throws {
        let folder = try TestFolder()
        let url = try folder.picture("village.jpg", SyntheticImage(.photo(seed: 1), width: 320, height: 240, metadata: .phone))
        let info = try #require(ImageProbe.probe(url).info)
        #expect(info.hasGPS)
        #expect(info.hasMetadata)
        #expect(info.warnings() == [.gps])
    }

    @Test func aLocationOnlyInXMPIsNoticedToo() throws {
        let folder = try TestFolder()
        let url = try folder.picture("edited.jpg", SyntheticImage(.photo(seed: 1), width: 320, height: 240, metadata: .xmpLocation))
        let info = try #require(ImageProbe.probe(url).info)
        #expect(ImageProbe.fieldNames(of: url)?.contains { $0.hasPrefix("exif-ifd3-") } == false)
        #expect(info.hasGPS)
    }

    @Test func aPhotoWithoutLocationHasNoGPSWarning() throws {
        let folder = try TestFolder()
        let url = try folder.picture("plain.jpg", SyntheticImage(.photo(seed: 1), width: 320, height: 240))
        #expect(ImageProbe.probe(url).info?.hasGPS == false)
        #expect(ImageProbe.probe(url).info?.warnings() == [])
    }

    @Test func transparencyIsNoticed() throws {
        let folder = try TestFolder()
        let url = try folder.picture("logo.png", SyntheticImage(.transparentHalf(seed: 2), width: 200, height: 100))
        let info = try #require(ImageProbe.probe(url).info)
        #expect(info.format == .png)
        #expect(info.hasAlpha)
    }

    @Test func aPanoramaOverEightThousandPixelsIsHuge() throws {
        let folder = try TestFolder()
        let url = try folder.picture("panorama.jpg", SyntheticImage(.photo(seed: 6), width: 8200, height: 100))
        let info = try #require(ImageProbe.probe(url).info)
        #expect(info.warnings() == [.hugeDimensions(width: 8200, height: 100)])
        let image = try #require(try ImageEngine().process(ImageJob(source: url, destination: folder.file("out"), baseName: "p")).image)
        #expect(image.variants.map(\.width).max() == 2400)
    }

    @Test func onlyRasterImagesGoToTheEngine() {
        #expect(ImageEngine.handles(URL(fileURLWithPath: "封面.JPG")))
        #expect(ImageEngine.handles(URL(fileURLWithPath: "IMG_0001.heic")))
        #expect(!ImageEngine.handles(URL(fileURLWithPath: "logo.svg")))
        #expect(!ImageEngine.handles(URL(fileURLWithPath: "spinner.gif")))
    }

    @Test func aJPEGCutInHalfIsTruncated() throws {
        let folder = try TestFolder()
        let whole = try Data(contentsOf: folder.picture("whole.jpg", SyntheticImage(.photo(seed: 3), width: 800, height: 600)))
        let cut = folder.file("cut.jpg")
        try whole.prefix(whole.count / 2).write(to: cut)
        #expect(ImageProbe.probe(cut).failure == .truncated)
    }

    @Test func aPNGCutShortIsTruncated() throws {
        let folder = try TestFolder()
        let whole = try Data(contentsOf: folder.picture("whole.png", SyntheticImage(.photo(seed: 4), width: 300, height: 200)))
        let cut = folder.file("cut.png")
        try whole.prefix(whole.count * 2 / 3).write(to: cut)
        #expect(ImageProbe.probe(cut).failure == .truncated)
    }

    @Test func aJPEGWithDataAfterItsEndIsWhole() throws {
        // Motion photos append a video after the JPEG's end marker.
        let folder = try TestFolder()
        let url = try folder.picture("motion.jpg", SyntheticImage(.photo(seed: 5), width: 320, height: 240))
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: 0x42, count: 4096))
        try handle.close()
        #expect(ImageProbe.probe(url).info?.width == 320)
    }

    @Test func randomBytesNamedJPEGAreUnreadable() throws {
        let folder = try TestFolder()
        let url = folder.file("photo.jpg")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: url)
        guard case .unreadable(let reason)? = ImageProbe.probe(url).failure else {
            Issue.record("random bytes were not reported unreadable: \(ImageProbe.probe(url))")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test func anEmptyFileIsUnreadable() throws {
        let folder = try TestFolder()
        let url = folder.file("empty.png")
        try Data().write(to: url)
        #expect(ImageProbe.probe(url).failure == .unreadable(reason: "the file is empty"))
    }

    @Test func aHEICThatCannotBeDecodedSaysToConvertToJPEG() throws {
        // A HEIC header over nothing: no libvips build can read it, with or without libheif.
        let folder = try TestFolder()
        let url = folder.file("IMG_0001.HEIC")
        try (Data([0, 0, 0, 0x18]) + Data("ftypheic".utf8) + Data(repeating: 7, count: 200)).write(to: url)
        guard case .unsupported(let format, let fix)? = ImageProbe.probe(url).failure else {
            Issue.record("not reported as unsupported: \(ImageProbe.probe(url))")
            return
        }
        #expect(format == "HEIC")
        #expect(fix.contains("convert it to JPEG"))
    }

    @Test func formatsAreSniffedFromBytesNotNames() {
        #expect(ImageFormat.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0])) == .jpeg)
        #expect(ImageFormat.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) == .png)
        #expect(ImageFormat.sniff(Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
        #expect(ImageFormat.sniff(Data([0, 0, 0, 0x1C]) + Data("ftypavif".utf8)) == .avif)
        #expect(ImageFormat.sniff(Data("<svg xmlns=".utf8)) == .svg)
        #expect(ImageFormat.sniff(Data("hello".utf8)) == .unknown)
    }
}
