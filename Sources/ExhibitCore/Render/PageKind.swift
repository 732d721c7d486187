/// One kind of page the site has (home, case, list, dashboard …): everything the build
/// needs to know of it, in one place.
///
/// Planning (`PageRenderer.plan`), rendering, the theme's list of required templates and
/// the template check (`ThemeStage`), the folders a free page may not take
/// (`SiteResolver.reservedRoots`) and the default menu (`PageContext`, through `defaultMenu`) all read
/// `PageKind.all`. Adding a kind of page means: its template (`templates/<name>.mustache`
/// and the built-in theme's), one entry in `PageKind+All.swift`, and one `PageContext`
/// function that makes its values.
final class PageKind: Sendable {
    /// What one page of a kind shows; its values function reads it.
    enum Subject: Sendable {
        /// The whole site: a kind with one page (home, timeline, dashboard …).
        case site
        /// The case or free page at this index of the model.
        case index(Int)
        /// One page of a list of cases.
        case list(kind: String, title: String, description: String, cases: [Int], base: String, page: Int, pages: Int, all: [Int])
        /// One year of the timeline.
        case year(Int)
        /// An index of categories, tags or organizations.
        case terms(kind: String, title: String, items: [PageRenderer.TermItem])
    }

    /// An entry of the default menu (the one used when site.yaml has no `menu`).
    struct MenuEntry: Sendable {
        /// Place in the menu, smallest first: the menu's order is not the table's (that
        /// is the order pages are planned in). Free pages follow every entry.
        let position: Int
        /// The interface string naming it, and the name when the theme has no such string.
        let string: String
        let fallback: String
        /// The folder it links to, relative to the site root.
        let target: String
    }

    /// The template that lays the page out, `templates/<template>.mustache`.
    let template: String
    /// The page as messages name it ("dashboard page").
    let noun: String
    /// Top-level output folders its pages take, which no free page may have as its slug.
    let reserves: [String]
    let menu: MenuEntry?
    /// The pages of this kind the site has: their output folders and subjects. `strings`
    /// only give lists their titles.
    let pages: @Sendable (_ model: SiteModel, _ strings: [String: String]) -> [(directory: String, subject: Subject)]
    /// The values a page's template sees.
    let values: @Sendable (_ page: PageContext, _ subject: Subject) -> PageValues
    /// The subject of the specimen page the template is checked against: every name its
    /// values can have must be present in it (`SpecimenSite`).
    let specimen: Subject
    /// The Markdown file an `.index` subject shows, named by `check` in its fixes.
    let source: (@Sendable (_ model: SiteModel, _ index: Int) -> String)?
    /// Links are made from the site's base path rather than relative to the page: the
    /// 404 page is served in place of any missing path.
    let linksFromAnyPath: Bool
    /// Whether `pages` reads the site's terms (its tags and organizations), so that the
    /// kind is planned again after an edit of tags in `serve`; the others keep their plan
    /// (`PageRenderer.plan(keeping:)`). Their pages that do not follow the terms are
    /// planned again as well; those that do are all in `termFolders`.
    let followsTerms: Bool
    /// Where the pages that follow the terms are: a content file published there would
    /// be checked against them, so it keeps such an edit on the full path.
    static let termFolders = ["tags/", "organizations/", "scorecards/"]

    init(template: String, noun: String, reserves: [String], menu: MenuEntry? = nil,
         pages: @escaping @Sendable (SiteModel, [String: String]) -> [(directory: String, subject: Subject)],
         values: @escaping @Sendable (PageContext, Subject) -> PageValues, specimen: Subject,
         source: (@Sendable (SiteModel, Int) -> String)? = nil, linksFromAnyPath: Bool = false, followsTerms: Bool = false) {
        self.template = template
        self.noun = noun
        self.reserves = reserves
        self.menu = menu
        self.pages = pages
        self.values = values
        self.specimen = specimen
        self.source = source
        self.linksFromAnyPath = linksFromAnyPath
        self.followsTerms = followsTerms
    }

    /// A kind with one page, about the whole site, at `folder` (`dashboard/`, `` for the
    /// home page), which it reserves unless told otherwise. `menu` places it in the default
    /// menu: its position and interface string, and the name without that string.
    convenience init(template: String, noun: String, folder: String, reserves: [String]? = nil,
                     menu: (position: Int, string: String, fallback: String)? = nil,
                     linksFromAnyPath: Bool = false, values: @escaping @Sendable (PageContext) -> PageValues) {
        let top = folder.split(separator: "/").first.map(String.init)
        self.init(template: template, noun: noun, reserves: reserves ?? (top.map { [$0] } ?? []),
                  menu: menu.map { MenuEntry(position: $0.position, string: $0.string, fallback: $0.fallback, target: folder) },
                  pages: { _, _ in [(folder, .site)] }, values: { page, _ in values(page) }, specimen: .site,
                  linksFromAnyPath: linksFromAnyPath)
    }

    /// The default menu's entries, in their order.
    static let defaultMenu: [MenuEntry] = all.compactMap(\.menu).sorted { $0.position < $1.position }
}
