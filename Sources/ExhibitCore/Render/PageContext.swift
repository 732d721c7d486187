import ExhibitText
import ExhibitTemplates

/// Builds the dictionaries templates render, one page at a time.
///
/// Every URL is made relative to the page being built (`root` is the way back to the
/// site root), so the output works under any sub-path and from any host. Optional values
/// are left out when absent, so `{{#case.cover}}` is false; the specimen site fills them
/// all, which is what the template check resolves names against.
struct PageContext {
    private let site: Reference<SiteModel>
    var model: SiteModel { _read { yield site.value } }
    let bodies: [CaseBody]
    /// The free pages' bodies, by the model's page index.
    var pageBodies: [CaseBody] = []
    /// The preface's body with links from the site root, for the home page.
    var prefaceBody: CaseBody?
    let strings: [String: String]
    /// Output folder of this page (`cases/apple/`, `` for the home page).
    let directory: String
    /// The way from `directory` to the site root, made once: every URL of the page uses it.
    private let relativeRoot: String
    /// Overrides `root` for pages served from any path (404.html).
    var absoluteRoot: String?
    /// Site-wide values computed once per build: QR codes, figures. Held by reference,
    /// as the model is: a page's context is copied into the closures that make its lazy
    /// values, eight times for a case page, and copying these values with it (a dozen
    /// references) was 0.7 % of a build. Given when the page is made: a default made and
    /// then replaced cost 26,000 instructions a page.
    private var sharedData: Reference<SharedRenderData>
    var shared: SharedRenderData {
        _read { yield sharedData.value }
        set { sharedData = Reference(newValue) }
    }
    /// Set for the specimen site: every optional value of every page is present.
    var isSpecimen = false

    init(model: SiteModel, bodies: [CaseBody], strings: [String: String], directory: String,
         shared: SharedRenderData = SharedRenderData()) {
        self.init(site: Reference(model), bodies: bodies, strings: strings, directory: directory, shared: Reference(shared))
    }

    /// A page of the renderer's site (`PageRenderer.site`), without copying its model.
    init(site: Reference<SiteModel>, bodies: [CaseBody], strings: [String: String], directory: String,
         shared: Reference<SharedRenderData>) {
        self.site = site
        sharedData = shared
        self.bodies = bodies
        self.strings = strings
        self.directory = directory
        relativeRoot = LinkResolver.root(of: directory)
    }

    var root: String { absoluteRoot ?? relativeRoot }
    func url(_ target: String) -> String { root + target }

    func common(kind: String, title: String, description: String, menuCurrent: String? = nil,
                ogType: String = "website", image: String? = nil, jsonLD: UTF8Text? = nil) -> PageValues {
        var page = PageMeta(title: title, description: description, url: url(directory), kind: kind, ogType: ogType)
        if let base = model.config.baseURL, absoluteRoot == nil { page.canonical = base + directory }
        page.image = image ?? (isSpecimen ? "https://example.org/cover.svg" : nil)
        page.jsonLD = jsonLD ?? (isSpecimen ? "{}" : nil)
        let categories: @Sendable () -> Encoded<[CategoryValue]> = { [self] in Encoded(model.config.categories.enumerated().map { i, c in categoryValue(c, index: i) }) }
        return PageValues(root: root, site: shared.site ?? Encoded(siteValue()), t: shared.strings ?? TemplateStrings(strings), page: page,
                          menu: menu(current: menuCurrent ?? directory),
                          categories: shared.categories?.value(root, make: categories) ?? categories())
    }

    /// The menu's entries, the same on every page: site.yaml's `menu`, or the page kinds'
    /// entries then every free page.
    func menuEntries() -> [MenuLink] {
        if let menu = model.config.menu {
            return menu.map { MenuLink(name: $0.name, target: $0.url) }
        }
        return PageKind.defaultMenu.map { MenuLink(name: strings[$0.string] ?? $0.fallback, target: $0.target) }
            + model.pages.map { MenuLink(name: $0.title, target: "\($0.slug)/") }
    }

    /// The menu of a page in `current`. Pages at one depth whose current entries are the
    /// same (every case page: "Cases") share one menu, encoded once: made and encoded for
    /// each page, it was 1.5 % of a 10,000-case build.
    private func menu(current: String) -> Encoded<[MenuValue]> {
        let entries = shared.menuEntries ?? menuEntries()
        let marks = entries.map { $0.isCurrent(on: current) }
        let make = { [self] in
            Encoded(zip(entries, marks).map { entry, isCurrent in
                MenuValue(name: entry.name, url: entry.isExternal ? entry.target : url(entry.target), current: isCurrent)
            })
        }
        guard let menus = shared.menus else { return make() }
        // The root, a NUL, and a 0 or 1 for each entry: appended to the root's `String`
        // a scalar at a time, 2,300 instructions a page.
        var marked: [UInt8] = [0]
        for isCurrent in marks { marked.append(isCurrent ? UInt8(ascii: "1") : UInt8(ascii: "0")) }
        return menus.value(root + String(decoding: marked, as: UTF8.self), make: make)
    }

    func categoryValue(_ c: Category, index: Int) -> CategoryValue {
        CategoryValue(id: c.id, name: c.name, description: c.description, url: url(TermFolders.category(c.id)),
                      count: model.casesByCategory[c.id]?.count ?? 0, index: index % 5 + 1)
    }

    func categoryRef(_ id: String) -> CategoryRef {
        let index = model.config.categories.firstIndex { $0.id == id } ?? 0
        let c = model.config.categories[index]
        return CategoryRef(id: c.id, name: c.name, url: url(shared.folders?.categories[index] ?? TermFolders.category(c.id)),
                           index: index % 5 + 1)
    }

    func tagValue(_ name: String) -> LinkValue {
        let key = TermName(name)
        return LinkValue(name: name, url: url(shared.folders?.tags[key] ?? TermFolders.tag(model.tagSlugs[key] ?? "")))
    }

    func organizationValue(_ name: String) -> LinkValue {
        let key = TermName(name)
        return LinkValue(name: name, url: url(shared.folders?.organizations[key] ?? TermFolders.organization(model.organizationSlugs[key] ?? "")))
    }

    func metricValue(_ m: Metric) -> MetricValue {
        let (value, unit) = MoneyScale.scaled(m.value, unit: m.unit) ?? (m.displayValue, m.unit)
        return MetricValue(label: m.label, value: value, unit: unit)
    }

    func milestoneValue(_ m: Milestone) -> MilestoneValue {
        MilestoneValue(date: DateFormat.display(m.date, language: model.config.language), dateISO: m.date.iso, title: m.title)
    }

    /// Case `index`'s date, figures and milestones as pages show them: made once a build
    /// (`SharedRenderData.shown`) for its page, its card, the booklet, the kiosk and print.
    /// The memo is asked first, with the making as a closure passed straight to it: kept
    /// in a local first, the closure captured a copy of this context (a retain of each of
    /// its references) on every call, 0.15 % of a 50,000-case build's samples.
    func shown(_ index: Int) -> CaseShown {
        guard let memo = shared.shown else { return makeShown(index) }
        return memo.value(index) { makeShown(index) }
    }

    private func makeShown(_ index: Int) -> CaseShown {
        let c = model.cases[index]
        return CaseShown(date: DateFormat.display(c.date, language: model.config.language),
                         metrics: c.metrics.map(metricValue), milestones: c.milestones.map(milestoneValue))
    }

    /// The absolute URL of a site path, when the site has a base_url.
    func absolute(_ path: String) -> String? { model.config.baseURL.map { $0 + path } }

    /// The cover's path in the output, for absolute URLs (Open Graph, JSON-LD): of a
    /// photo, a JPEG or PNG fallback (which every sharing service reads) of at least the
    /// 1,200 px they show; some (WhatsApp) refuse files much larger than that.
    func coverOutputPath(_ index: Int) -> String? {
        let c = model.cases[index]
        guard let cover = c.cover else { return nil }
        if LinkResolver.hasScheme(cover) { return nil }
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        if let file = resolver.contentFile(cover, from: c.sourcePath), let variant = shared.images[file]?.fallback(atLeast: 1200) { return variant.output }
        guard case .url(let relative) = resolver.resolve(cover, from: c.sourcePath, pageDirectory: "", image: true) else { return nil }
        return relative
    }

    /// The cover as this page shows it: a photo as its variants (`print`: the largest
    /// alone, for the booklet), an SVG or a web address as written.
    func coverValue(_ index: Int, print: Bool = false) -> CoverValue? {
        let c = model.cases[index]
        guard let cover = c.cover else { return nil }
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        if let file = resolver.contentFile(cover, from: c.sourcePath), let image = shared.images[file] {
            return image.value(alt: c.coverAlt ?? "", root: root, print: print)
        }
        guard case .url(let u) = resolver.resolve(cover, from: c.sourcePath, root: root, image: true) else {
            if LinkResolver.hasScheme(cover) { return CoverValue(url: cover, alt: c.coverAlt ?? "") }
            return nil
        }
        // The specimen's cover has every name a photo's has, for the template check.
        if isSpecimen { return CoverValue(url: u, alt: c.coverAlt ?? "", srcset: u + " 480w", webpSrcset: u + " 480w", width: 480, height: 270) }
        return CoverValue(url: u, alt: c.coverAlt ?? "")
    }

    /// The cases of a list as cards: each case's values, and `html`, the card partial
    /// rendered for it. The cards of one page share one copy of the page's
    /// context: each card's two lazy closures captured a copy of their own, and making,
    /// retaining and releasing those copies was 1.5 % of a 10,000-case build's CPU.
    func cards(_ indices: some Sequence<Int>, of page: Reference<PageContext>? = nil) -> [Card] {
        let page = page ?? Reference(self)
        return indices.map { Self.card($0, link: false, of: page) }
    }

    /// A case linked as the previous or next one, from the page `page`: a card with its
    /// title and address given (see `Card`).
    static func linkCard(_ index: Int, of page: Reference<PageContext>) -> Card { card(index, link: true, of: page) }

    private static func card(_ index: Int, link: Bool, of page: Reference<PageContext>) -> Card {
        let html: @Sendable () -> TemplateJoinedText = {
            page.value.shared.cards?.html(caseIndex: index, root: page.value.root) { root in
                var other = page.value
                other.absoluteRoot = root
                return other.cardValues(index)
            } ?? TemplateJoinedText("")
        }
        return Card(html: html, link: link ? page.value.cardLink(index) : nil) { page.value.cardValues(index) }
    }

    /// A card's `title` and `url`, as its values have them.
    private func cardLink(_ index: Int) -> (title: String, url: String) {
        (model.cases[index].title, url(model.casePath(index)))
    }

    /// The names the card partial sees (besides root, site and t).
    func cardValues(_ index: Int) -> CardValues {
        let c = model.cases[index], link = cardLink(index), shown = shown(index)
        return CardValues(
            title: link.title, url: link.url, date: shown.date,
            dateISO: c.date.iso, year: c.date.year, summary: c.summary ?? bodies[index].summary,
            category: categoryRef(c.category), tags: c.tags.prefix(Self.cardTags).map(tagValue),
            metrics: Array(shown.metrics.prefix(3)), featured: c.featured,
            readingMinutes: bodies[index].readingMinutes, organization: c.organization.map(organizationValue),
            cover: coverValue(index), pattern: Self.coverPattern(c.slug),
            moreTags: c.tags.count > Self.cardTags || isSpecimen ? max(c.tags.count - Self.cardTags, 1) : nil)
    }

    /// Tags a card shows; `more_tags` counts the rest, which the case page lists. A card is
    /// on the page of each of its tags, so with every tag on it a case with n tags made
    /// output growing as n² (2,000 tags: 246 MB, now 11 MB).
    static let cardTags = 8

    /// The hero image's variants, when it is a photo of the site.
    func heroValue() -> CoverValue? {
        if isSpecimen { return CoverValue(url: "images/hall.jpg", alt: "", srcset: "images/hall.jpg 480w", webpSrcset: "images/hall.webp 480w", width: 480, height: 270) }
        guard let hero = model.config.heroImage, let settings = model.config.settingsFile,
              let file = LinkResolver(outputBySource: model.outputBySource).contentFile(hero.path, from: settings) else { return nil }
        return shared.images[file]?.value(alt: "", from: directory, defaultWidth: 1600)
    }

    /// The header shows the logo 44 px high: the narrowest variant (480 px, or the
    /// original's width) is sharp for any logo up to about 5:1 on a 2× screen.
    static let logoWidth = 480

    /// The `site` value every page has.
    func siteValue() -> SiteValues {
        let config = model.config
        return SiteValues(title: config.title, subtitle: config.subtitle, description: config.description,
                          author: config.author, language: config.language, baseURL: config.baseURL ?? "",
                          year: model.latestYear, extra: ExtraValues(pairs: config.extra),
                          logo: siteImage(config.logo, width: Self.logoWidth), heroImage: siteImage(config.heroImage, width: 1600))
    }

    /// A site image's path from the root: of a photo, a fallback variant `width` wide.
    private func siteImage(_ image: SiteConfig.SiteImage?, width: Int) -> String? {
        if isSpecimen { return "images/logo.svg" }
        guard let image, case .url(let path) = MarkdownStage.siteImageResolution(image, model: model) else { return nil }
        if let settings = model.config.settingsFile,
           let file = LinkResolver(outputBySource: model.outputBySource).contentFile(image.path, from: settings),
           let variant = shared.images[file]?.fallback(atLeast: width) {
            return variant.output
        }
        return path
    }

    /// The pattern (1–4) of a case's made cover, when it has no picture: chosen by the
    /// slug, so neighbours in a grid differ while a case keeps its look from build to build
    /// (FNV-1a: Swift's own `hashValue` changes with every run).
    static func coverPattern(_ slug: String) -> Int {
        Int(FNV1a.hash32(slug.utf8) % 4) + 1
    }
}
