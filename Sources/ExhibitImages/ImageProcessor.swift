import CVips
import Foundation

/// Writes the variants of one image: each width as WebP plus a JPEG or PNG fallback,
/// upright, without metadata unless the settings keep it.
///
/// Each width is a fresh `vips_thumbnail` of the file: libjpeg and libwebp decode at
/// 1/2, 1/4 or 1/8 scale ("shrink on load"), so the 480 px variant of a 4000 px photo
/// decodes 1/64 of the pixels, and the whole set costs about 1.3 full decodes. The
/// thumbnail is copied to memory once and both formats are saved from that copy, so the
/// file is not decoded a second time for the fallback.
enum ImageProcessor {
    static func write(
        source: URL,
        original: ImageInfo,
        settings: ImageSettings,
        into folder: URL,
        base: String
    ) throws(ImageError) -> [ImageVariant] {
        guard Vips.start() else { throw .write(path: folder.path, reason: Vips.unavailable) }
        let fallback: ImageVariant.Format = original.hasAlpha ? .png : .jpeg
        let strip: Int32 = settings.keepMetadata ? 0 : 1
        var variants: [ImageVariant] = []
        for width in settings.widths(forOriginal: original.width) {
            var thumbnail: UnsafeMutablePointer<VipsImage>?
            guard exhibit_vips_thumbnail(source.path, &thumbnail, Int32(width), original.hasColourProfile ? 1 : 0) == 0, let thumbnail else {
                throw .source(ImageProbe.classify(Vips.takeError()))
            }
            let copy = exhibit_vips_image_copy_memory(thumbnail)
            exhibit_g_object_unref(thumbnail)
            guard let image = copy else { throw .source(ImageProbe.classify(Vips.takeError())) }
            defer { exhibit_g_object_unref(image) }
            let size = (Int(exhibit_vips_image_get_width(image)), Int(exhibit_vips_image_get_height(image)))
            for format in [ImageVariant.Format.webp, fallback] {
                let path = folder.appendingPathComponent(ImageVariant.fileName(base: base, width: width, format: format)).path
                let status: Int32 = switch format {
                case .webp: exhibit_vips_webpsave(image, path, Int32(settings.webpQuality), Int32(settings.webpEffort), strip)
                case .jpeg: exhibit_vips_jpegsave(image, path, Int32(settings.jpegQuality), strip)
                case .png: exhibit_vips_pngsave(image, path, Int32(settings.pngCompression), strip)
                }
                guard status == 0 else { throw .write(path: path, reason: Vips.takeError()) }
                if format == .webp, !settings.keepMetadata {
                    do {
                        try WebPMetadata.remove(at: URL(fileURLWithPath: path))
                    } catch {
                        throw .write(path: path, reason: "\(error)")
                    }
                }
                let bytes = (try? ImageProbe.fileSize(path)) ?? 0
                variants.append(ImageVariant(path: path, format: format, width: size.0, height: size.1, bytes: bytes))
            }
        }
        return variants
    }
}
