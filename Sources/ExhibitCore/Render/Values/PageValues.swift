import ExhibitText
import ExhibitTemplates

/// The values one page's template sees: what every page has, and the section of its
/// kind (`home`, `case`, `list` …), of which exactly one is set. `TemplateEncoder` turns
/// them into template values, in `PageRenderer`; `docs/TEMPLATES.md` documents each key
/// (`TemplatesDocTests` checks they agree).
struct PageValues: TemplateStruct, Sendable {
    /// The way back to the site root from this page (`../../`).
    var root: String
    var site: Encoded<SiteValues>
    /// The interface strings of the site's language, by key.
    var t: TemplateStrings
    var page: PageMeta
    var generator = "Exhibit"
    var menu: Encoded<[MenuValue]>
    var categories: Encoded<[CategoryValue]>

    var home: HomeValues?
    var `case`: CaseValues?
    var list: ListValues?
    var terms: TermsValues?
    var article: ArticleValues?
    var timeline: TimelineValues?
    var booklet: BookletValues?
    var dashboard: DashboardValues?
    var kiosk: KioskValues?
    var scorecard: ScorecardValues?
    var map: MapValues?
    var place: PlaceValues?

    init(root: String, site: Encoded<SiteValues>, t: TemplateStrings, page: PageMeta, menu: Encoded<[MenuValue]>,
         categories: Encoded<[CategoryValue]>) {
        self.root = root
        self.site = site
        self.t = t
        self.page = page
        self.menu = menu
        self.categories = categories
    }
}

/// `site`: the settings of site.yaml that pages show.
struct SiteValues: Encodable, Sendable {
    var title: String
    var subtitle: String
    var description: String
    var author: String
    var language: String
    /// "" without a base_url.
    var baseURL: String
    /// The year of the newest case, for the footer.
    var year: Int
    /// site.yaml's `extra:`, as written.
    var extra: ExtraValues
    /// site.yaml's `logo` and `hero_image`, published paths from the site root
    /// (`images/logo.svg`): templates write `{{root}}{{site.logo}}`. Nil when not set or
    /// not found (the theme's own mark and key visual are shown then).
    var logo: String?
    var heroImage: String?
}

/// `page`: what the head of the HTML needs.
struct PageMeta: TemplateStruct, Sendable {
    var title: String
    var description: String
    var url: String
    /// The page kind ("case", "list" …), for styles.
    var kind: String
    var ogType: String
    var canonical: String?
    var image: String?
    var jsonLD: UTF8Text?
}

/// An entry of the menu.
struct MenuValue: Encodable, Sendable {
    var name: String
    var url: String
    /// The page shown is this entry's or below it.
    var current: Bool
}

/// An entry of the menu before it is made for a page: its name and where it leads
/// (site-relative, or external: a URL with a scheme or a path from the host's root).
struct MenuLink: Sendable {
    let name: String
    let target: String
    /// An address of its own (`https://…`, `/…`), left as written. Told once: every page
    /// asks it of every entry (`isCurrent`, `PageContext.menu`), 10,000 scheme checks at
    /// 1,000 cases.
    let isExternal: Bool

    init(name: String, target: String) {
        self.name = name
        self.target = target
        isExternal = LinkResolver.hasScheme(target) || target.hasPrefix("/")
    }

    /// Whether a page in `current` is this entry's or below it.
    func isCurrent(on current: String) -> Bool {
        !isExternal && (target == current || (!target.isEmpty && current.hasPrefix(target)))
    }
}

/// Front matter or site.yaml values Exhibit does not interpret, for templates as written;
/// a key written twice keeps its first value.
struct ExtraValues: TemplateDirect, Sendable {
    let pairs: [(key: String, value: YAMLValue)]
    var templateValue: Any {
        Dictionary(pairs.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { first, _ in first })
    }
}

// Written out (see `TemplateStruct`) as records (see `TemplateRecord`): every page makes
// one of each. The sections of
// the page kinds that are not `TemplateStruct`s (a page or a few each) go through
// `TemplateEncoder`.

extension PageValues {
    static let schema = TemplateSchema([
        "root", "site", "t", "page", "generator", "menu", "categories", "home", "case", "list", "terms", "article",
        "timeline", "booklet", "dashboard", "kiosk", "scorecard", "map", "place",
    ])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["root"] = root
        v["site"] = site.templateValue
        v["t"] = t
        v["page"] = page.templateValue
        v["generator"] = generator
        v["menu"] = menu.templateValue
        v["categories"] = categories.templateValue
        if let home { v["home"] = TemplateEncoder.box(home) }
        if let `case` { v["case"] = `case`.templateValue }
        if let list { v["list"] = list.templateValue }
        if let terms { v["terms"] = TemplateEncoder.box(terms) }
        if let article { v["article"] = TemplateEncoder.box(article) }
        if let timeline { v["timeline"] = timeline.templateValue }
        if let booklet { v["booklet"] = booklet.templateValue }
        if let dashboard { v["dashboard"] = TemplateEncoder.box(dashboard) }
        if let kiosk { v["kiosk"] = TemplateEncoder.box(kiosk) }
        if let scorecard { v["scorecard"] = TemplateEncoder.box(scorecard) }
        if let map { v["map"] = TemplateEncoder.box(map) }
        if let place { v["place"] = TemplateEncoder.box(place) }
        return v
    }
}

extension PageMeta {
    static let schema = TemplateSchema(["title", "description", "url", "kind", "og_type", "canonical", "image", "json_ld"])

    var templateValue: Any {
        var v = TemplateRecord(Self.schema)
        v["title"] = title
        v["description"] = description
        v["url"] = url
        v["kind"] = kind
        v["og_type"] = ogType
        if let canonical { v["canonical"] = canonical }
        if let image { v["image"] = image }
        if let jsonLD { v["json_ld"] = jsonLD }
        return v
    }
}
