import ExhibitText
/// Everything the pages are made from, resolved: published cases newest first, their
/// terms, relations and the output place of every source file.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    public var cases: [Case]
    public var pages: [FreePage]
    public var tags: [Term]
    public var organizations: [Term]
    /// Case indices by category id, newest first.
    public var casesByCategory: [String: [Int]]
    /// Up to three related cases for each case: most shared tags, then same category.
    public var related: [[Int]]
    /// Content files to copy: source path → output path (relative to the output folder).
    public var assets: [(source: String, output: String)]
    /// Output place of every source a link may name: cases and pages (`cases/x/`) and assets.
    public var outputBySource: [String: String]
    /// The slug of each tag and organization, by name: the names are in NFC (CaseParser),
    /// so they are looked up by their bytes (`TermName`), as every page does for each name
    /// it shows; as `String`s each lookup hashed the name through Unicode normalisation.
    public var tagSlugs: [TermName: String]
    public var organizationSlugs: [TermName: String]
    /// Unknown front-matter keys used by any case, so the template check accepts them.
    public var extraKeys: [String]
    /// The cases without `review: {by, on}` (drafts only when they are built), by path.
    public var awaitingReview: [String] = []
    /// Whether those were left out (`--reviewed-only` or `require_review: true`).
    public var reviewGate = false
    /// The Markdown files of content/ with no page in this build, and why (a link to one
    /// is told so, not that it leads nowhere).
    public var unpublished: [String: UnpublishedSource] = [:]
    /// The year of the newest case (`site.year`), 0 for an empty site.
    public var latestYear: Int { cases.first?.date.year ?? 0 }

    /// Output folder of a case page, relative to the output root.
    public func casePath(_ index: Int) -> String { cases[index].outputFolder }
}
