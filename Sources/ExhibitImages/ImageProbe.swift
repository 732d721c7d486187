import CVips
import Foundation

/// Reads what an image is without decoding it: format, size, orientation, metadata.
///
/// Only the header is read, except for the end of a JPEG or PNG file: a file that does
/// not end as its format ends is decoded once to tell a cut-short copy from a file with
/// something appended (phones append a video to "motion photos").
public enum ImageProbe {
    public enum Outcome: Sendable, Hashable {
        case readable(ImageInfo)
        /// `.unreadable`, `.truncated` or `.unsupported`.
        case failed(ImageWarning)

        public var info: ImageInfo? {
            if case .readable(let info) = self { info } else { nil }
        }
        public var failure: ImageWarning? {
            if case .failed(let warning) = self { warning } else { nil }
        }
    }

    /// What to tell an editor whose HEIC this machine's libvips cannot decode.
    static let heicFix = "convert it to JPEG (iPhone: Settings › Camera › Formats › Most Compatible; Mac: open in Preview, File › Export › JPEG; Windows: Photos, Save as JPEG)"

    public static func probe(_ url: URL) -> Outcome {
        guard Vips.start() else { return .failed(.unreadable(reason: Vips.unavailable)) }
        let path = url.path
        let bytes: Int
        let head: Data
        do {
            bytes = try fileSize(path)
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 32) ?? Data()
        } catch {
            return .failed(.unreadable(reason: "the file cannot be opened (\(error.localizedDescription))"))
        }
        let format = ImageFormat.sniff(head)
        if bytes == 0 { return .failed(.unreadable(reason: "the file is empty")) }
        guard Vips.loader(for: path) != nil, let image = exhibit_vips_open(path) else {
            return failure(format: format, reason: Vips.takeError())
        }
        defer { exhibit_g_object_unref(image) }
        if let cut = truncation(path: path, format: format, bytes: bytes) { return .failed(cut) }
        let fields = metadataFields(image)
        let tagged = intField(image, "orientation") ?? 1
        let orientation = (1...8).contains(tagged) ? tagged : 1
        let (w, h) = (Int(exhibit_vips_image_get_width(image)), Int(exhibit_vips_image_get_height(image)))
        let turned = orientation >= 5
        return .readable(ImageInfo(
            format: format,
            width: turned ? h : w,
            height: turned ? w : h,
            hasAlpha: exhibit_vips_image_hasalpha(image) != 0,
            orientation: orientation,
            hasGPS: fields.contains { $0.hasPrefix("exif-ifd3-") } || xmpHasGPS(image, fields),
            hasMetadata: fields.contains { $0 == "exif-data" || $0 == "xmp-data" || $0.hasPrefix("exif-ifd") },
            hasColourProfile: fields.contains("icc-profile-data"),
            bytes: bytes
        ))
    }

    /// The warning for a file libvips would not open.
    static func failure(format: ImageFormat, reason: String) -> Outcome {
        switch format {
        case .heic: return .failed(.unsupported(format: "HEIC", fix: heicFix))
        case .avif: return .failed(.unsupported(format: "AVIF", fix: "convert it to JPEG or PNG"))
        case .unknown: return .failed(.unreadable(reason: "it is not an image format libvips knows"))
        default: return .failed(classify(reason))
        }
    }

    /// libvips and the libraries under it say "premature end", "truncated" or "unexpected
    /// end" for a file that stops early; anything else is a damaged or foreign file.
    static func classify(_ reason: String) -> ImageWarning {
        let lower = reason.lowercased()
        let cut = ["premature end", "truncated", "unexpected end", "end of file", "not enough data"]
        return cut.contains { lower.contains($0) } ? .truncated : .unreadable(reason: firstLine(reason))
    }

    static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? Substring(text))
    }

    /// `.truncated` (or `.unreadable`) when the file is cut short, nil when it is whole.
    static func truncation(path: String, format: ImageFormat, bytes: Int) -> ImageWarning? {
        guard format == .jpeg || format == .png else { return nil }
        if FileEnding.isComplete(path: path, format: format, bytes: bytes) { return nil }
        // The end looks wrong: decode every pixel, failing on truncation, to be sure. A
        // file that neither ends as it should nor decodes to the end was cut short, whatever
        // words the decoder chose (libpng says only "read error").
        guard let strict = exhibit_vips_open_strict(path) else {
            exhibit_vips_error_clear()
            return .truncated
        }
        defer { exhibit_g_object_unref(strict) }
        var mean = 0.0
        guard exhibit_vips_avg(strict, &mean) != 0 else { return nil }
        exhibit_vips_error_clear()
        return .truncated
    }

    /// The names of an image's metadata fields ("exif-ifd3-GPSLatitude", "xmp-data", …).
    static func metadataFields(_ image: UnsafeMutablePointer<VipsImage>) -> [String] {
        guard let list = exhibit_vips_image_get_fields(image) else { return [] }
        defer { exhibit_g_strfreev(list) }
        var names: [String] = []
        var index = 0
        while let name = list[index] {
            names.append(String(cString: name))
            index += 1
        }
        return names
    }

    /// libexif numbers the GPS directory 3, so EXIF GPS tags are `exif-ifd3-…`; editing
    /// apps also write the position into XMP (`exif:GPSLatitude`), which only a look
    /// into the packet finds.
    static func xmpHasGPS(_ image: UnsafeMutablePointer<VipsImage>, _ fields: [String]) -> Bool {
        guard fields.contains("xmp-data") else { return false }
        var data: UnsafeRawPointer?
        var length = 0
        guard exhibit_vips_image_get_blob(image, "xmp-data", &data, &length) == 0, let data else {
            exhibit_vips_error_clear()
            return false
        }
        let packet = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
        return packet.contains("GPSLatitude") || packet.contains("GPSLongitude")
    }

    static func intField(_ image: UnsafeMutablePointer<VipsImage>, _ name: String) -> Int? {
        guard exhibit_vips_image_get_typeof(image, name) != 0 else { return nil }
        var value: Int32 = 0
        guard exhibit_vips_image_get_int(image, name, &value) == 0 else {
            exhibit_vips_error_clear()
            return nil
        }
        return Int(value)
    }

    static func fileSize(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }
}
