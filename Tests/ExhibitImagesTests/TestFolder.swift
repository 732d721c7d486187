import Foundation
@testable import ExhibitImages

/// A fresh temporary folder per test, removed when the test's value goes away.
final class TestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("exhibit-images-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes a synthetic picture and returns its URL.
    func picture(_ name: String, _ image: SyntheticImage) throws -> URL {
        let target = file(name)
        try image.write(to: target)
        return target
    }

    /// The names of the files in a subfolder, sorted.
    func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(folder).path)) ?? []).sorted()
    }
}

/// A pixel's colour is "red" / "blue" as a viewer would call it, with room for JPEG's loss.
func isRed(_ pixel: [Double]?) -> Bool {
    guard let p = pixel, p.count >= 3 else { return false }
    return p[0] > 180 && p[1] < 70 && p[2] < 70
}

func isBlue(_ pixel: [Double]?) -> Bool {
    guard let p = pixel, p.count >= 3 else { return false }
    return p[2] > 180 && p[0] < 70
}
