/// How the variants of an image are made; part of every cache key.
public struct ImageSettings: Sendable, Hashable, Codable {
    /// The widths written, narrowest first. 480 fills a phone, 960 a phone at 2× or a
    /// card on a desktop, 1600 a laptop's content column at 2×, 2400 a full-width cover.
    public var widths: [Int]
    /// Keep EXIF, XMP and ICC metadata in the outputs (site.yaml `keep_image_metadata`).
    /// Off by default: phone photos carry the GPS position of the place they were taken.
    public var keepMetadata: Bool
    /// WebP quality 80: at the sizes a page shows, faces and text in photos of posters
    /// look like the original, and files are about 30 % smaller than JPEG at 82.
    public var webpQuality: Int
    /// libwebp's effort (0–6). 4, its default: 5 and 6 take about twice the time for
    /// files 1–3 % smaller, which a build of 200 photos would notice and a reader would not.
    public var webpEffort: Int
    /// JPEG quality 82 (with optimised Huffman tables and progressive scans): the fallback
    /// for old browsers, at the quality where JPEG artefacts stop being visible in photos.
    public var jpegQuality: Int
    /// zlib level for PNG fallbacks (images with transparency). 6 is libpng's default;
    /// 9 is several times slower for a few percent.
    public var pngCompression: Int

    public static let defaultWidths = [480, 960, 1600, 2400]

    public init(
        widths: [Int] = ImageSettings.defaultWidths,
        keepMetadata: Bool = false,
        webpQuality: Int = 80,
        webpEffort: Int = 4,
        jpegQuality: Int = 82,
        pngCompression: Int = 6
    ) {
        self.widths = Array(Set(widths.filter { $0 > 0 })).sorted()
        self.keepMetadata = keepMetadata
        self.webpQuality = webpQuality
        self.webpEffort = webpEffort
        self.jpegQuality = jpegQuality
        self.pngCompression = pngCompression
    }

    /// The widths to write for an original `width` pixels wide: each configured width it
    /// can fill, or only its own width when it is narrower than all of them. Never wider
    /// than the original: enlarging adds bytes, not detail.
    public func widths(forOriginal width: Int) -> [Int] {
        let fitting = widths.filter { $0 <= width }
        return fitting.isEmpty ? [width] : fitting
    }

    /// Every setting that changes an output's bytes, as text for the cache key.
    var fingerprint: String {
        "widths=\(widths.map(String.init).joined(separator: ",")) keep=\(keepMetadata) "
            + "webp=\(webpQuality)/\(webpEffort) jpeg=\(jpegQuality) png=\(pngCompression)"
    }
}
