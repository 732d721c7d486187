import CVips
import Foundation

/// Pictures with known content and metadata, made with libvips, for the tests and the
/// image benchmark (`bench/images.sh`): no binary fixture is committed, and the
/// benchmark's corpus is as large as asked for.
public struct SyntheticImage: Sendable {
    public enum Picture: Sendable {
        /// Smooth colour fields plus fine grain: compresses like a phone photo
        /// (a 4000×3000 JPEG at quality 90 is 3–6 MB).
        case photo(seed: Int)
        /// Blue, with a red quarter-size block in the top-left corner of the stored
        /// pixels: where it ends up shows which way the picture was turned.
        case redCorner
        /// A photo whose left half is fully transparent (save it as PNG or WebP).
        case transparentHalf(seed: Int)
    }

    public enum Metadata: Sendable {
        case none
        /// As a phone writes it: EXIF camera make and model and a GPS position (Wuhan),
        /// and an XMP packet with the position too.
        case phone
        /// Only an XMP packet with a GPS position, as some editing apps write it.
        case xmpLocation
    }

    public var picture: Picture
    /// The stored pixels' size (before any orientation).
    public var width: Int
    public var height: Int
    /// EXIF orientation written into the file, 1–8.
    public var orientation: Int
    public var metadata: Metadata

    public init(_ picture: Picture, width: Int, height: Int, orientation: Int = 1, metadata: Metadata = .none) {
        self.picture = picture
        self.width = width
        self.height = height
        self.orientation = orientation
        self.metadata = metadata
    }

    /// Writes the picture as JPEG (`.jpg`, quality 90), PNG (`.png`) or WebP (`.webp`).
    public func write(to url: URL) throws(ImageError) {
        guard Vips.start() else { throw .write(path: url.path, reason: Vips.unavailable) }
        let image = try draw()
        defer { exhibit_g_object_unref(image) }
        exhibit_vips_image_set_int(image, "orientation", Int32(orientation))
        if case .phone = metadata {
            exhibit_vips_image_set_string(image, "exif-ifd0-Make", "Exhibit")
            exhibit_vips_image_set_string(image, "exif-ifd0-Model", "Test Phone 7")
            exhibit_vips_image_set_string(image, "exif-ifd3-GPSLatitudeRef", "N")
            exhibit_vips_image_set_string(image, "exif-ifd3-GPSLatitude", "30/1 35/1 0/1")
            exhibit_vips_image_set_string(image, "exif-ifd3-GPSLongitudeRef", "E")
            exhibit_vips_image_set_string(image, "exif-ifd3-GPSLongitude", "114/1 17/1 0/1")
        }
        if case .none = metadata {} else {
            var xmp = Array(Self.xmpPacket.utf8)
            exhibit_vips_image_set_blob_copy(image, "xmp-data", &xmp, xmp.count)
        }
        let status: Int32 = switch url.pathExtension.lowercased() {
        case "png": exhibit_vips_pngsave(image, url.path, 6, 0)
        case "webp": exhibit_vips_webpsave(image, url.path, 90, 4, 0)
        default: exhibit_vips_jpegsave(image, url.path, 90, 0)
        }
        guard status == 0 else { throw .write(path: url.path, reason: Vips.takeError()) }
    }

    static let xmpPacket = """
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
        <rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="30,35N"/></rdf:RDF></x:xmpmeta>
        """

    /// The pixels, 8-bit sRGB, in memory (drawing needs memory; tests are small, and
    /// the benchmark writes one photo at a time).
    private func draw() throws(ImageError) -> UnsafeMutablePointer<VipsImage> {
        switch picture {
        case .photo(let seed):
            return try photo(seed: seed)
        case .redCorner:
            var black: UnsafeMutablePointer<VipsImage>?
            try check(exhibit_vips_black(&black, Int32(width), Int32(height), 3))
            let image = try memory(srgb(black))
            var blue: [Double] = [20, 40, 220], red: [Double] = [230, 10, 10]
            try check(exhibit_vips_draw_rect(image, &blue, 3, 0, 0, Int32(width), Int32(height)))
            try check(exhibit_vips_draw_rect(image, &red, 3, 0, 0, Int32(width / 4), Int32(height / 4)))
            return image
        case .transparentHalf(let seed):
            let rgb = try photo(seed: seed)
            var withAlpha: UnsafeMutablePointer<VipsImage>?
            let status = exhibit_vips_add_alpha(rgb, &withAlpha)
            exhibit_g_object_unref(rgb)
            try check(status)
            let image = try memory(srgb(withAlpha))
            var clear: [Double] = [0, 0, 0, 0]
            try check(exhibit_vips_draw_rect(image, &clear, 4, 0, 0, Int32(width / 2), Int32(height)))
            return image
        }
    }

    /// Three channels of coarse noise, enlarged 100× with a smooth kernel (sky, walls,
    /// faces), plus fine grain at full size (sensor noise and texture).
    private func photo(seed: Int) throws(ImageError) -> UnsafeMutablePointer<VipsImage> {
        let coarse = (max(2, (width + 99) / 100), max(2, (height + 99) / 100))
        var channels: [UnsafeMutablePointer<VipsImage>?] = []
        defer { channels.forEach { $0.map { exhibit_g_object_unref($0) } } }
        for band in 0..<3 {
            var noise: UnsafeMutablePointer<VipsImage>?
            try check(exhibit_vips_gaussnoise(&noise, Int32(coarse.0), Int32(coarse.1), 128, 60, Int32(seed * 7 + band)))
            channels.append(noise)
        }
        var colour: UnsafeMutablePointer<VipsImage>?, large: UnsafeMutablePointer<VipsImage>?
        try check(exhibit_vips_bandjoin(&channels, &colour, 3))
        defer { exhibit_g_object_unref(colour) }
        let scale = max(Double(width) / Double(coarse.0), Double(height) / Double(coarse.1)) + 0.5
        try check(exhibit_vips_resize(colour, &large, scale))
        defer { exhibit_g_object_unref(large) }
        var field: UnsafeMutablePointer<VipsImage>?, grain: UnsafeMutablePointer<VipsImage>?, sum: UnsafeMutablePointer<VipsImage>?
        try check(exhibit_vips_crop(large, &field, 0, 0, Int32(width), Int32(height)))
        defer { exhibit_g_object_unref(field) }
        try check(exhibit_vips_gaussnoise(&grain, Int32(width), Int32(height), 0, 9, Int32(seed * 7 + 5)))
        defer { exhibit_g_object_unref(grain) }
        try check(exhibit_vips_add(field, grain, &sum))
        return try memory(srgb(sum))
    }

    private func srgb(_ image: UnsafeMutablePointer<VipsImage>?) throws(ImageError) -> UnsafeMutablePointer<VipsImage> {
        guard let image else { throw .write(path: "(memory)", reason: Vips.takeError()) }
        defer { exhibit_g_object_unref(image) }
        var out: UnsafeMutablePointer<VipsImage>?
        try check(exhibit_vips_srgb8(image, &out))
        return out!
    }

    private func memory(_ image: UnsafeMutablePointer<VipsImage>) throws(ImageError) -> UnsafeMutablePointer<VipsImage> {
        defer { exhibit_g_object_unref(image) }
        guard let copy = exhibit_vips_image_copy_memory(image) else { throw .write(path: "(memory)", reason: Vips.takeError()) }
        return copy
    }

    private func check(_ status: Int32) throws(ImageError) {
        guard status == 0 else { throw .write(path: "(memory)", reason: Vips.takeError()) }
    }
}
