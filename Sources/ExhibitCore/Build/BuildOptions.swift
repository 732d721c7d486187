import ExhibitTemplates
import Foundation

/// What `exhibit build` was asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: URL {
        didSet { folder = SiteFolder(root: siteRoot) }
    }
    public var output: URL
    public var includeDrafts = false
    public var strict = false
    /// `--reviewed-only`: build only the cases with `review: {by, on}`, as
    /// `require_review: true` in site.yaml does for every build.
    public var reviewedOnly = false
    /// Threads for parsing and rendering; defaults to the machine's cores.
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// swift-mustache instead of Exhibit's engine: for the tests that compare the two.
    var templateEngine = Theme.Engine.exhibit
    /// Called as stages begin and items are done, from any thread; nil reports nothing.
    /// The command line turns it into a progress line on a terminal.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    /// Whether the build may keep what it made in `.exhibit-cache/` (video posters);
    /// `check`, which writes nothing, sets it false.
    public var writesCaches = true

    /// Whether the process ends after this build (`exhibit build`): the session is then
    /// left to the exit (`ProcessEnd`) instead of being freed.
    public var endsWithProcess = false

    /// The site's folders and paths. Kept, not made when asked: the loader asks for every
    /// file, and a `SiteFolder` standardizes its root, 15,000 instructions each time.
    public private(set) var folder: SiteFolder

    public init(siteRoot: URL, output: URL? = nil) {
        self.siteRoot = siteRoot.standardizedFileURL
        folder = SiteFolder(root: self.siteRoot)
        self.output = (output ?? siteRoot.appendingPathComponent("public")).standardizedFileURL
    }
}
