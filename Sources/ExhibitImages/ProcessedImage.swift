/// An image's variants, ready for `<picture>`/`srcset`: what the lead's page code reads.
public struct ProcessedImage: Sendable, Hashable, Codable {
    /// The original, as probed (size after orientation, metadata, bytes).
    public var original: ImageInfo
    /// The upright size of the picture, for `width`/`height` attributes (aspect ratio).
    public var width: Int { original.width }
    public var height: Int { original.height }
    /// Narrowest first, WebP and the fallback for each width.
    public var variants: [ImageVariant]

    public init(original: ImageInfo, variants: [ImageVariant]) {
        self.original = original
        self.variants = variants
    }

    /// The fallback format: PNG for images with transparency, JPEG otherwise.
    public var fallbackFormat: ImageVariant.Format { original.hasAlpha ? .png : .jpeg }

    /// The variants of one format, narrowest first (for one `srcset`).
    public func variants(in format: ImageVariant.Format) -> [ImageVariant] {
        variants.filter { $0.format == format }.sorted { $0.width < $1.width }
    }
}
