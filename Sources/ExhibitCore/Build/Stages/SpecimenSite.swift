import ExhibitText
import ExhibitTemplates
import Foundation

/// A small made-up site in which every optional value is present and every list has an
/// item: the contexts it gives are what templates are checked against.
///
/// It is built by the same `PageContext` code as real pages, so a name the specimen has
/// is exactly a name real pages can have.
struct SpecimenSite {
    let model: SiteModel
    let bodies: [CaseBody]
    let strings: [String: String]

    init(config: SiteConfig, extraKeys: [String], strings: [String: String]) {
        var config = config
        if config.baseURL == nil { config.baseURL = "https://example.org/" }
        if config.categories.isEmpty { config.categories = SiteConfig.defaultCategories }
        let category = config.categories[0].id
        // A rate and a count with targets, reported by every specimen case: the dashboard's
        // dimensions and a scorecard then have every value they can have. The rate first:
        // the template check reads a list's first item, and only a rate has a distribution.
        config.indicators = IndicatorFramework(dimensions: [IndicatorDimension(id: "dimension", name: "Dimension", indicators: [
            Indicator(id: "rate", name: "Rate indicator", unit: "%", kind: .rate, target: 50, dimension: "dimension"),
            Indicator(id: "count", name: "Count indicator", unit: "项", kind: .count, target: 10, dimension: "dimension"),
        ])], file: "content/site.yaml")
        let indicatorMetrics = [Metric(label: "Count indicator", value: 2, unit: "项", indicator: "count"),
                                Metric(label: "Rate indicator", value: 60, unit: "%", indicator: "rate")]
        let cases = (0..<3).map { i in
            Case(sourcePath: "content/cases/specimen-\(i).md", bundlePath: nil, title: "Specimen \(i)",
                 date: CaseDate(year: 2024, month: 6, day: 18 - i), category: category, slug: "specimen-\(i)",
                 summary: "Summary", tags: ["tag"], organization: "Organization", partners: ["Partner"],
                 cover: "cover.svg", coverAlt: "Cover", featured: i < 2, draft: false,  // the third is on the home page's latest row
                 // The first case's "Single" is a figure of one case (the dashboard's singles).
                 // The first figure is long: only a long figure has a `length`.
                 metrics: [Metric(label: "Long", value: 26_000_000, unit: "人次"),
                           Metric(label: "Metric", value: 30, unit: "%"), Metric(label: "Count", value: 2, unit: "户")]
                     + (i == 0 ? [Metric(label: "Single", value: 1, unit: "项")] : []) + indicatorMetrics,
                 milestones: [Milestone(date: CaseDate(year: 2023, month: 3), title: "Milestone")],
                 extra: extraKeys.map { ($0, .string("")) }, body: "", bodyLineOffset: 0, coverLine: 1,
                 location: CaseLocation(province: Province.named("陕西"), city: "延安市", county: "宝塔区", lat: 36.6, lon: 109.5))
        }
        var outputs: [String: String] = ["content/cases/cover.svg": "cases/cover.svg"]
        for c in cases { outputs[c.sourcePath] = c.outputFolder }
        model = SiteModel(
            config: config, cases: cases,
            pages: [FreePage(sourcePath: "content/pages/about.md", title: "About", slug: "about", summary: nil,
                             draft: false, body: "", bodyLineOffset: 0)],
            tags: [Term(name: "tag", slug: "tag", cases: [0, 1, 2])],
            organizations: [Term(name: "Organization", slug: "organization", cases: [0, 1, 2])],
            casesByCategory: [category: [0, 1, 2]], related: [[1], [0], [0]],
            assets: [], outputBySource: outputs, tagSlugs: [TermName("tag"): "tag"], organizationSlugs: [TermName("Organization"): "organization"],
            extraKeys: extraKeys)
        bodies = cases.map { _ in
            CaseBody(html: "<p>Body</p>", toc: [(2, "Heading", "heading")], summary: "Summary", readingMinutes: 1, characters: 1,
                     gallery: [GalleryItem(file: "content/cases/cover.svg", output: "cases/cover.svg", caption: "Caption", width: 4, height: 3)])
        }
        self.strings = strings
    }

    /// What `partials/case-card` sees: a card's values, root, site and t.
    func cardContext() -> [String: Any] {
        var page = PageContext(model: model, bodies: bodies, strings: strings, directory: "cases/")
        page.isSpecimen = true
        var context = TemplateEncoder.encode(page.cardValues(0))
        context["root"] = page.root
        context["site"] = TemplateEncoder.box(page.siteValue())
        context["t"] = strings
        // Dictionaries all the way down, for the checks and docs/TEMPLATES.md.
        return TemplateLazyList.materialized(context) as? [String: Any] ?? [:]
    }

    /// The values of `kind`'s specimen page.
    func context(for kind: PageKind) -> [String: Any] {
        // Arrays, not lazy lists: the checks and docs/TEMPLATES.md read every name.
        let values = TemplateLazyList.materialized(TemplateEncoder.encode(pageValues(for: kind)))
        return values as? [String: Any] ?? [:]
    }

    /// The typed values of `kind`'s specimen page; with `everyValue` false, those of a
    /// real page of this site (optional values left out where it has none).
    func pageValues(for kind: PageKind, everyValue: Bool = true) -> PageValues {
        var page = PageContext(model: model, bodies: bodies, strings: strings, directory: "cases/specimen-1/")
        page.isSpecimen = everyValue
        page.pageBodies = bodies
        let model = self.model
        page.shared.figures = Lazy(value: Figures(cases: model.cases, categories: model.config.categories))
        page.shared.timeline = Lazy(value: TimelineEvents(cases: model.cases))
        page.shared.indicators = Lazy(value: IndicatorFigures(cases: model.cases, framework: model.config.indicators))
        page.shared.places = Lazy(value: PageContext.casesByProvince(model))
        page.shared.qrCodes = QRCodes { _ in "<svg></svg>" }
        return kind.values(page, kind.specimen)
    }
}

extension SpecimenSite {
    /// The values of a print template's specimen document (`print/booklet`,
    /// `print/board`, `print/labels`): every optional present, as for the pages.
    func printContext(for template: String) -> [String: Any] {
        var page = PageContext(model: model, bodies: bodies, strings: strings, directory: "")
        page.isSpecimen = true
        page.prefaceBody = bodies[0]
        page.shared.qrCodes = QRCodes { _ in "<svg></svg>" }
        let context = PrintContext(page: page, folder: SiteFolder(root: URL(fileURLWithPath: "/specimen")))
        let cases = model.cases.indices
        let values: PrintValues
        switch template {
        case "print/booklet":
            values = context.values(booklet: PrintBooklet(volume: 1, volumes: 2, isVolume: true, cases: cases.map { context.printCase($0, body: true) },
                                                          prefaceHTML: "<p>Preface</p>", firstCase: 1, lastCase: cases.count))
        case "print/board":
            values = context.values(board: PrintBoard(case: context.printCase(0, original: true), sizes: PrintPlan.boardSizes(context.settings)))
        default:
            values = context.values(labels: PrintLabels(sheets: [PrintLabels.Sheet(labels: cases.map { context.printCase($0) })]))
        }
        return TemplateLazyList.materialized(TemplateEncoder.encode(values)) as? [String: Any] ?? [:]
    }
}
