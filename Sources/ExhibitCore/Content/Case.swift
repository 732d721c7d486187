import Synchronization

/// One case of the exhibition, as its front matter and body describe it.
///
/// A class, not a struct: a case is never changed after parsing, and a rebuild in
/// `serve` passes every case through the parse cache, the filter of drafts and the sort;
/// copying a twenty-field struct there was over a quarter of a rebuild at 10,000 cases.
public final class Case: Sendable {
    /// The Markdown file, relative to the site folder (`content/cases/apple.md`).
    public let sourcePath: String
    /// The folder whose other files belong to this case (a case folder with `index.md`),
    /// relative to the site folder; nil for a single-file case.
    public let bundlePath: String?
    public let title: String
    public let date: CaseDate
    public let category: String
    public let slug: String
    /// `cases/<slug>/`, the folder of its page. Kept, not formed on each use: every page
    /// that links a case asks for it (about 12 million instructions at 1,000 cases).
    public let outputFolder: String
    public let summary: String?
    public let tags: [String]
    public let organization: String?
    public let partners: [String]
    public let cover: String?
    public let coverAlt: String?
    public let featured: Bool
    public let draft: Bool
    public let metrics: [Metric]
    public let milestones: [Milestone]
    /// Front-matter keys Exhibit does not know, kept for templates.
    public let extra: [(key: String, value: YAMLValue)]
    /// The Markdown after the front matter. A one-shot build lets go of it once the
    /// Markdown is rendered (`releaseBody`): the sources were 42 MB at 10,000 cases and
    /// 210 MB at 50,000, held through rendering that never reads them.
    public var body: String { source.withLock { $0 } }
    private let source: Mutex<String>
    /// Lines of the file above the body, so Markdown positions map back to file lines.
    public let bodyLineOffset: Int
    /// Whether `body` comes from a file read through `SourceText`, which left out every
    /// forbidden invisible character: the Markdown renderer then does not look for them.
    public let bodyIsClean: Bool
    /// Where the `cover:` value was written, to point a missing-cover warning at it.
    public let coverLine: Int
    /// The `gallery:` list; empty when the case has none (a case folder's `gallery/`
    /// folder is then its gallery, see `GalleryMaker`).
    public let gallery: [GalleryEntry]
    /// `location:`: where the work happened; nil when the case does not say.
    public let location: CaseLocation?
    /// `review: {by, on}`: nil while the case awaits review.
    public let review: CaseReview?

    public init(sourcePath: String,
                bundlePath: String?,
                title: String,
                date: CaseDate,
                category: String,
                slug: String,
                summary: String?,
                tags: [String],
                organization: String?,
                partners: [String],
                cover: String?,
                coverAlt: String?,
                featured: Bool,
                draft: Bool,
                metrics: [Metric],
                milestones: [Milestone],
                extra: [(key: String, value: YAMLValue)],
                body: String,
                bodyLineOffset: Int,
                coverLine: Int,
                gallery: [GalleryEntry] = [],
                location: CaseLocation? = nil,
                review: CaseReview? = nil,
                bodyIsClean: Bool = false) {
        self.sourcePath = sourcePath
        self.bundlePath = bundlePath
        self.title = title
        self.date = date
        self.category = category
        self.slug = slug
        self.outputFolder = "cases/\(slug)/"
        self.summary = summary
        self.tags = tags
        self.organization = organization
        self.partners = partners
        self.cover = cover
        self.coverAlt = coverAlt
        self.featured = featured
        self.draft = draft
        self.metrics = metrics
        self.milestones = milestones
        self.extra = extra
        self.source = Mutex(body)
        self.bodyLineOffset = bodyLineOffset
        self.coverLine = coverLine
        self.gallery = gallery
        self.location = location
        self.review = review
        self.bodyIsClean = bodyIsClean
    }

    /// Empties `body`: for a build that will not render this case's Markdown again.
    func releaseBody() {
        source.withLock { $0 = "" }
    }
}

/// A figure of an achievement: `{label: 苹果增产, value: 30, unit: "%"}`.
public struct Metric: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var unit: String
    /// `headline: true`: the dashboard and the home page lead with this figure even when
    /// one case alone reports it.
    public var headline = false
    /// The id of the indicator of the site's framework it reports (`indicator:`); its
    /// label and unit are then the indicator's. Nil for a free metric.
    public var indicator: String?
    /// Where the metric is written in its file, for messages about it (0: unknown).
    public var line = 0
    public var column = 0

    /// Figures are below this (a thousand trillion) in magnitude. Larger ones are typos
    /// in an exhibition, and with this bound a sum overflows only past 10²⁹³ cases.
    public static let limit = 1e15

    /// The value as written for people: `30`, `2.5`, `1,200`, `2,401.5`: grouped as
    /// every figure is, with its decimals (up to six) and no float noise.
    public var displayValue: String {
        NumberFormat.string(value, maxDecimals: 6)
    }
}

/// A step of a case's story: `{date: 2023-03, title: 调研与土壤检测}`.
public struct Milestone: Sendable, Equatable {
    public var date: CaseDate
    public var title: String
}
