import Foundation
import Testing
@testable import ExhibitImages

@Suite struct ImageWarningTests {
    func info(width: Int, height: Int, bytes: Int, gps: Bool = false) -> ImageInfo {
        ImageInfo(format: .jpeg, width: width, height: height, hasAlpha: false, orientation: 1, hasGPS: gps, hasMetadata: gps, bytes: bytes)
    }

    @Test func limitsAreTheIssuesNumbers() {
        #expect(info(width: 8000, height: 6000, bytes: 20_000_000).warnings().isEmpty)
        #expect(info(width: 8001, height: 6000, bytes: 20_000_001).warnings() == [
            .largeOriginal(bytes: 20_000_001), .hugeDimensions(width: 8001, height: 6000),
        ])
        #expect(info(width: 264, height: 198, bytes: 30_000, gps: true).warnings(shownAt: 960) == [
            .smallerThanShown(width: 264, needed: 960), .gps,
        ])
        #expect(info(width: 960, height: 720, bytes: 30_000).warnings(shownAt: 960).isEmpty)
    }

    @Test func messagesCarryTheNumbersAndAFix() {
        #expect(ImageWarning.largeOriginal(bytes: 23_456_789).message == "image is 23.5 MB; originals over 20 MB slow every build")
        #expect(ImageWarning.hugeDimensions(width: 12000, height: 9000).message == "image is 12000×9000 pixels; no screen shows more than 8000")
        #expect(ImageWarning.smallerThanShown(width: 264, needed: 960).message.contains("264 pixels wide but is shown 960"))
        #expect(ImageWarning.smallerThanShown(width: 264, needed: 960).fix == "use a larger original, at least 960 pixels wide")
        #expect(ImageWarning.unsupported(format: "HEIC", fix: "convert it to JPEG").fix == "convert it to JPEG")
        for warning: ImageWarning in [.gps, .truncated, .unreadable(reason: "x"), .largeOriginal(bytes: 1)] {
            #expect(!warning.fix.isEmpty)
        }
    }

    @Test func onlyUnusableFilesBlockTheImage() {
        #expect(ImageWarning.truncated.isBlocking)
        #expect(ImageWarning.unreadable(reason: "x").isBlocking)
        #expect(!ImageWarning.gps.isBlocking)
        #expect(!ImageWarning.smallerThanShown(width: 1, needed: 2).isBlocking)
    }
}
