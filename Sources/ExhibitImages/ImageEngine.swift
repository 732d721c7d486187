import Foundation

/// The image engine ExhibitCore calls: makes the variants of images, through the cache
/// when it has one, several at a time.
///
/// ```swift
/// let engine = ImageEngine(
///     settings: ImageSettings(keepMetadata: config.keepImageMetadata),
///     cache: ImageCache(root: ImageCache.defaultRoot(siteFolder: site)))
/// let report = try await engine.process(images.map {
///     ImageJob(source: $0.file, destination: output.appending(path: "img"), baseName: $0.slug)
/// })
/// for outcome in report.outcomes {
///     outcome.warnings(shownAt: 960)      // → Diagnostics at the lines that use the image
///     outcome.image?.variants(in: .webp)  // → srcset; .width/.height → attributes
/// }
/// ```
public struct ImageEngine: Sendable {
    public var settings: ImageSettings
    /// nil: no cache, every image is processed on every call (tests, `check`).
    public var cache: ImageCache?
    /// Images processed at once. Memory is bounded by this number, not by the number
    /// of photos: about 100 MB per worker for 4000×3000 photos, over the 50 MB the
    /// process holds anyway (266 MB peak with 2 workers over 10 and over 20 photos;
    /// see `Vips` for the malloc setting that keeps it there).
    public var maxConcurrent: Int

    public init(
        settings: ImageSettings = ImageSettings(),
        cache: ImageCache? = nil,
        maxConcurrent: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.settings = settings
        self.cache = cache
        self.maxConcurrent = max(1, maxConcurrent)
    }

    /// File extensions ExhibitCore should send here. SVG is not among them (it is
    /// published as it is), nor GIF (a resize keeps only an animation's first frame).
    public static let rasterExtensions: Set<String> = ["jpg", "jpeg", "png", "webp", "tif", "tiff", "heic", "heif", "avif"]

    /// Whether a file, by its name, is a raster image for the engine.
    public static func handles(_ url: URL) -> Bool {
        rasterExtensions.contains(url.pathExtension.lowercased())
    }

    /// The version of libvips doing the work ("8.14.1"), for `--verbose` and bug reports.
    public static var libvipsVersion: String { Vips.version }

    /// Makes one image's variants in its job's destination, synchronously.
    /// Throws only I/O failures; a bad source file is an outcome with a `failure`.
    public func process(_ job: ImageJob) throws(ImageError) -> ImageOutcome {
        try process(job, placing: true)
    }

    /// `placing` false leaves the variants in the cache (`cachedVariants(of:)`).
    func process(_ job: ImageJob, placing: Bool) throws(ImageError) -> ImageOutcome {
        if placing || cache == nil {
            do {
                try FileManager.default.createDirectory(at: job.destination, withIntermediateDirectories: true)
            } catch {
                throw .write(path: job.destination.path, reason: error.localizedDescription)
            }
        }
        guard let cache else { return try processFresh(job, into: job.destination, base: job.baseName) }
        let contentHash: String
        do {
            contentHash = try cache.memo.contentHash(of: job.source)
        } catch {
            return ImageOutcome(job: job, image: nil, failure: .unreadable(reason: "the file cannot be read (\(error.localizedDescription))"), fromCache: false)
        }
        let key = cache.key(contentHash: contentHash, settings: settings)
        if let cached = cache.lookup(key) {
            return ImageOutcome(job: job, image: placing ? try place(cached, for: job) : cached, failure: nil, fromCache: true)
        }
        do {
            let stored = try cache.store(key) { (folder) throws(ImageError) -> ProcessedImage in
                let outcome = try processFresh(job, into: folder, base: Self.cacheBaseName)
                guard let image = outcome.image else { throw .source(outcome.failure ?? .unreadable(reason: "unknown")) }
                return image
            }
            return ImageOutcome(job: job, image: placing ? try place(stored, for: job) : stored, failure: nil, fromCache: false)
        } catch {
            // Failures are not cached: the editor is about to replace the file.
            guard case .source(let warning) = error else { throw error }
            return ImageOutcome(job: job, image: nil, failure: warning, fromCache: false)
        }
    }

    /// The name stem of the variants inside a cache entry.
    static let cacheBaseName = "image"

    /// Probes and processes without the cache, writing into `folder`.
    func processFresh(_ job: ImageJob, into folder: URL, base: String) throws(ImageError) -> ImageOutcome {
        let original: ImageInfo
        switch ImageProbe.probe(job.source) {
        case .failed(let warning):
            return ImageOutcome(job: job, image: nil, failure: warning, fromCache: false)
        case .readable(let info):
            original = info
        }
        do {
            let variants = try ImageProcessor.write(source: job.source, original: original, settings: settings, into: folder, base: base)
            return ImageOutcome(job: job, image: ProcessedImage(original: original, variants: variants), failure: nil, fromCache: false)
        } catch {
            guard case .source(var warning) = error else { throw error }
            // A HEIC whose header reads but whose pixels do not: libheif without its
            // HEVC decoder plugin. Converting is the editor's way out.
            if original.format == .heic { warning = .unsupported(format: "HEIC", fix: ImageProbe.heicFix) }
            return ImageOutcome(job: job, image: nil, failure: warning, fromCache: false)
        }
    }

    /// Puts a cache entry's variants into the job's destination under its base name:
    /// a hard link when the cache and the output share a filesystem (no bytes copied),
    /// a copy otherwise.
    func place(_ cached: ProcessedImage, for job: ImageJob) throws(ImageError) -> ProcessedImage {
        var placed = cached
        let files = FileManager.default
        for index in placed.variants.indices {
            let variant = placed.variants[index]
            // "image-480.webp" in the cache becomes "<baseName>-480.webp".
            let suffix = variant.fileName.dropFirst(Self.cacheBaseName.count)
            let target = job.destination.appendingPathComponent(job.baseName + suffix)
            try? files.removeItem(at: target)
            do {
                if link(variant.path, target.path) != 0 {
                    try files.copyItem(atPath: variant.path, toPath: target.path)
                }
            } catch {
                throw .write(path: target.path, reason: error.localizedDescription)
            }
            placed.variants[index].path = target.path
        }
        return placed
    }
}
