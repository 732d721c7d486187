import Yams

/// The settings of content/site.yaml.
public struct SiteConfig: Sendable {
    public var title = "创新成果展"
    public var subtitle = ""
    public var description = ""
    public var language = "zh-CN"
    /// Absolute URL of the published site, always ending in `/`; nil when not set.
    public var baseURL: String?
    /// Whether site.yaml has a `base_url`, valid or not: a wrong one is an error of its
    /// own, not also a missing one.
    public var baseURLWritten = false
    public var author = ""
    public var perPage = 12
    public var categories: [Category] = SiteConfig.defaultCategories
    public var menu: [MenuItem]?
    public var unsafeHTML = false
    /// `keep_image_metadata: true` keeps EXIF, XMP and ICC data in the published images;
    /// off, they are removed (phone photos carry the GPS position they were taken at).
    public var keepImageMetadata = false
    /// Metric labels that are rates or averages, never summed on the dashboard
    /// (`%` and other rate units are recognised without being listed).
    public var rateLabels: Set<String> = []
    /// The hall screen's loop, /kiosk/ (`kiosk: {interval: 8, idle: 60, slides: 12}`).
    public var kiosk = KioskSettings()
    /// The evaluation index system (`indicators:`, or `content/indicators.yaml`): empty
    /// when the site has none.
    public var indicators = IndicatorFramework()
    /// The site's own outline map, `content/map.geojson`; nil draws China's tile grid.
    public var outline: MapOutline?
    /// What `exhibit print` makes (`print: {booklet: {size: A4, volume_size: 200}, boards: […], fonts: {…}}`).
    public var print = PrintSettings()
    /// `require_review`, `review.flag_words` and `privacy_ok` (see `ReviewSettings`).
    public var review = ReviewSettings()
    /// Keys Exhibit does not know, for templates (`site.extra.<key>`).
    public var extra: [(key: String, value: YAMLValue)] = []
    /// False when site.yaml exists but could not be read: the settings are defaults, so
    /// checks against them (categories, base_url) would only report consequences.
    public var readable = true
    /// The settings file read (`content/site.yaml` or `.yml`), nil without one: warnings
    /// found after parsing (an empty category) point at it.
    public var settingsFile: String?
    /// The line of each category's entry, by id, for those warnings.
    public var categoryLines: [String: Int] = [:]
    /// `logo:` and `hero_image:`, content files as written (relative to content/, like a
    /// cover), with their lines; checked once the site's files are known.
    public var logo: SiteImage?
    public var heroImage: SiteImage?

    public struct SiteImage: Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int
        public var key: String
    }

    public static let knownKeys = ["title", "subtitle", "description", "language", "base_url", "author",
                                   "per_page", "categories", "menu", "unsafe_html", "rate_labels",
                                   "logo", "hero_image", "kiosk", "keep_image_metadata", "indicators", "print",
                                   "require_review", "review", "privacy_ok"]
    public static let languages = ["zh-CN", "en"]

    /// The five kinds of achievement most exhibitions show, used when site.yaml is missing.
    public static let defaultCategories = [
        Category(id: "rural-revitalization", name: "乡村振兴", description: ""),
        Category(id: "red-culture", name: "红色文化", description: ""),
        Category(id: "innovation-entrepreneurship", name: "创新创业", description: ""),
        Category(id: "research", name: "科研攻关", description: ""),
        Category(id: "social-service", name: "社会服务", description: ""),
    ]

    public init() {}

    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }

    /// The labels never summed: those site.yaml lists as rates, and the names of the
    /// indicators that are rates, scores or indices.
    public var summedNever: Set<String> { rateLabels.union(indicators.rateNames) }
}
