import CVips
import Foundation

extension ImageProbe {
    /// The metadata field names libvips reads from a file (all of them, not only
    /// EXIF), or nil when it cannot open it: how tests see what an output carries.
    static func fieldNames(of url: URL) -> [String]? {
        guard Vips.start() else { return nil }
        guard let image = exhibit_vips_open(url.path) else {
            exhibit_vips_error_clear()
            return nil
        }
        defer { exhibit_g_object_unref(image) }
        return metadataFields(image)
    }

    /// The band values of the pixel at (x, y) of a file, as stored (no orientation).
    static func pixel(of url: URL, x: Int, y: Int) -> [Double]? {
        guard Vips.start() else { return nil }
        guard let image = exhibit_vips_open(url.path) else {
            exhibit_vips_error_clear()
            return nil
        }
        defer { exhibit_g_object_unref(image) }
        var values: UnsafeMutablePointer<Double>?
        var count: Int32 = 0
        guard exhibit_vips_getpoint(image, &values, &count, Int32(x), Int32(y)) == 0, let values else {
            exhibit_vips_error_clear()
            return nil
        }
        defer { exhibit_g_free(values) }
        return Array(UnsafeBufferPointer(start: values, count: Int(count)))
    }
}
