import Foundation

extension ImageEngine {
    /// Makes an image's variants in the cache and leaves them there: the image's paths
    /// are the cache entry's files. ExhibitCore publishes them by copying them into its
    /// output (a staging folder, or `serve`'s memory), so nothing else is written and a
    /// failed build leaves no variant behind. Without a cache the variants are made in
    /// `scratch` (tests). Throws only I/O failures, as `process(_:)`.
    public func cachedVariants(of source: URL, scratch: URL? = nil) throws(ImageError) -> ImageOutcome {
        let destination = cache?.root ?? scratch ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("exhibit-images-\(UUID().uuidString)", isDirectory: true)
        return try process(ImageJob(source: source, destination: destination, baseName: Self.cacheBaseName), placing: false)
    }
}
