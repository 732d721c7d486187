/// Where a build is: reported to `BuildOptions.progress` when a stage begins and as its
/// items (Markdown files, pages) are done. The core only reports; the command line
/// decides whether and how to show it.
public struct BuildProgress: Sendable, Equatable {
    /// The stage's name, as in `BuildReport.stages` (`markdown`).
    public var stage: String
    /// 1-based number of the stage among `count`.
    public var number: Int
    public var count: Int
    /// Items done so far, of `total`; `total` is 0 for a stage that is not counted.
    public var done: Int
    public var total: Int

    public init(stage: String, number: Int, count: Int, done: Int = 0, total: Int = 0) {
        self.stage = stage
        self.number = number
        self.count = count
        self.done = done
        self.total = total
    }

    /// The stages of a build, in order.
    public static let stages = ["load+parse", "resolve", "theme", "markdown", "images", "plan", "render+write"]
}
