/// What `exhibit check` found: the build's diagnostics and the rendered site's, and the
/// counts for its closing lines.
public struct CheckReport: Sendable {
    /// The build's diagnostics, then those of the rendered pages.
    public var diagnostics: [Diagnostic] = []
    /// Whether the site could be rendered, so that its pages were checked at all.
    public var rendered = false
    public var pages = 0
    public var internalLinks = 0
    public var images = 0
    /// Every external link of every page, in page order: listed, never fetched.
    public var externalLinks: [ExternalLink] = []
    /// The build's stages and then `check`'s own, with their times.
    public var stages: [(name: String, seconds: Double)] = []
    public var seconds = 0.0
    /// The cases without `review: {by, on}`, by path.
    public var awaitingReview: [String] = []
    /// The cases the site would publish, the reviewed ones only when it is reviewed-only.
    public var cases = 0

    public init() {}

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Whether `check` passes: no errors, and no warnings when `strict`.
    public func passed(strict: Bool) -> Bool { errors == 0 && !(strict && warnings > 0) }
}
