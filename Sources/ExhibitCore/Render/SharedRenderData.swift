import ExhibitTemplates

/// What every page may show but is computed once per build, not once per page: each
/// case's QR code, the site's figures and the case cards.
struct SharedRenderData: Sendable {
    /// SVG QR code of each case's public URL; nil without base_url.
    var qrCodes = QRCodes { _ in nil }
    /// The site's raster images as published (their variants).
    var images = ResponsiveImages()
    /// The figures of all cases together, for the dashboard and the home page.
    var figures = Lazy(value: Figures(cases: [], categories: []))
    /// The timeline's events, for its year pages.
    var timeline = Lazy(value: TimelineEvents(cases: []))
    /// The indicators' figures over all cases, for the dashboard and the scorecards.
    var indicators = Lazy(value: IndicatorFigures(cases: [], framework: IndicatorFramework()))
    /// Case indices by province slug, for /map/ and each place page (a scan of every case
    /// per place page otherwise).
    var places = Lazy(value: [String: [Int]]())
    /// The organizations that have a scorecard, by slug: their list pages link it (each
    /// page of a paginated list looked through the organization's cases again).
    var scorecards = Lazy(value: Set<String>())
    /// Renders each card once per depth; nil for the specimen, whose cards are checked
    /// against the card partial separately.
    var cards: CardRenderer?
    /// The `site` value, and the `categories` at each depth: the same on every page.
    var site: Encoded<SiteValues>?
    /// The interface strings (`t`), looked up by name number on every page.
    var strings: TemplateStrings?
    /// The lists' folders that pages link to.
    var folders: TermFolders?
    var categories: SharedMemo<String, Encoded<[CategoryValue]>>?
    /// The menu's entries, and the menu as encoded for each depth and current entry.
    var menuEntries: [MenuLink]?
    var menus: SharedMemo<String, Encoded<[MenuValue]>>?
    /// What each organization's cases add up to, by the list's first page: made for every
    /// page of a paginated list, it made organization lists quadratic (a third of the list
    /// pages' time at 10,000 cases).
    var listFigures = SharedMemo<String, [MetricTotalValue]>()
    /// Each case's figures numbered by the group they are summed in, for those sums and
    /// the site's; nil for pages made without shared data, which group them anew.
    var metricGroups: Lazy<MetricGroups>?
    /// Each case's date, figures and milestones as its page, its card and the booklet
    /// show them (by case index): formatted for each, they were made three times.
    var shown: IndexedMemo<CaseShown>?
    /// The booklet PDFs of `exhibit print` beside the output, published and linked from /booklet/.
    var printed: [PrintedBooklet] = []
}

extension SharedRenderData {
    static func make(model: SiteModel, theme: ThemeStage.Loaded, qrCache: QRCache, images: ResponsiveImages = ResponsiveImages()) -> SharedRenderData {
        var shared = SharedRenderData()
        shared.images = images
        var page = PageContext(model: model, bodies: [], strings: theme.files.strings, directory: "")
        page.shared.images = images
        let site = Encoded(page.siteValue())
        shared.site = site
        shared.categories = SharedMemo()
        shared.menuEntries = page.menuEntries()
        shared.menus = SharedMemo()
        shared.shown = IndexedMemo(count: model.cases.count)
        shared.folders = TermFolders(model: model)
        let strings = TemplateStrings(theme.files.strings)
        shared.strings = strings
        shared.cards = CardRenderer(theme: theme.theme, strings: strings, site: site, cases: model.cases.count)
        shared.timeline = Lazy { TimelineEvents(cases: model.cases) }
        let metricGroups = Lazy { MetricGroups(cases: model.cases, rateLabels: model.config.summedNever) }
        shared.metricGroups = metricGroups
        shared.figures = Lazy { Figures(cases: model.cases, categories: model.config.categories, groups: metricGroups.get) }
        shared.indicators = Lazy { IndicatorFigures(cases: model.cases, framework: model.config.indicators) }
        shared.places = Lazy { PageContext.casesByProvince(model) }
        shared.scorecards = Lazy { Set(PageContext.scorecardOrganizations(model).map { model.organizations[$0].slug }) }
        if let base = model.config.baseURL {
            shared.qrCodes = QRCodes(cache: qrCache, url: { base + model.casePath($0) }, label: { model.cases[$0].title })
        }
        return shared
    }
}
