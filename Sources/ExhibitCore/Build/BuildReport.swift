/// What a build did: counts for the closing line, every diagnostic, each stage's time.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var pages = 0
    public var cases = 0
    public var files = 0
    public var seconds = 0.0
    public var stages: [(name: String, seconds: Double)] = []
    /// Bytes resident at the end of each stage, by stage name (`ResidentMemory`).
    public var resident: [String: Int] = [:]
    /// `render+write` by template, slowest first (times summed over threads).
    public var templates: [TemplateTime] = []
    /// Where each page comes from and the site's base path, for `check`; set when the
    /// site was planned. Made when `check` asks: at 10,000 cases it was 4 ms of every
    /// update in `serve`, which never looks at it.
    public var outputMap: OutputMap { outputMapSource?.get ?? OutputMap() }
    var outputMapSource: Lazy<OutputMap>?

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
    /// Set when `serve` re-read only the edited cases and kept the rest of the site
    /// (see SiteSession+CaseEdit.swift).
    public var onlyEditedCases = false
    /// Set when such an update also made the terms and related cases again, because the
    /// edited cases changed their tags or organization (and the pages were planned again).
    public var editedTerms = false
    /// The cases without `review: {by, on}`, by path; `leftOutForReview` when the build
    /// left them out (`--reviewed-only`, `require_review: true`) rather than published them.
    public var awaitingReview: [String] = []
    public var leftOutForReview = false
    /// Whether the output was (or, for a check, would be) replaced.
    public var succeeded = false
}
