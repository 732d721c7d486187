import Foundation

/// What became of one image job.
public struct ImageOutcome: Sendable, Hashable {
    public var job: ImageJob
    /// The variants in the job's destination; nil when the source cannot be used
    /// (then `failure` says why, and the page should fall back to no image).
    public var image: ProcessedImage?
    /// `.unreadable`, `.truncated` or `.unsupported`, when `image` is nil.
    public var failure: ImageWarning?
    /// True when the variants came from the cache and no pixel was decoded.
    public var fromCache: Bool

    public init(job: ImageJob, image: ProcessedImage?, failure: ImageWarning?, fromCache: Bool) {
        self.job = job
        self.image = image
        self.failure = failure
        self.fromCache = fromCache
    }

    /// Everything an editor should hear about this image where it is used; `shownAt` is
    /// the widest it appears at on a page, for `.smallerThanShown`.
    public func warnings(shownAt needed: Int? = nil) -> [ImageWarning] {
        if let failure { return [failure] }
        return image?.original.warnings(shownAt: needed) ?? []
    }
}
