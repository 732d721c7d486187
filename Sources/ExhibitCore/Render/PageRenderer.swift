import ExhibitTemplates
import Foundation

/// Renders every page of the site with the theme and writes it, with the content files,
/// the theme's static files, the feed, the sitemap and robots.txt.
struct PageRenderer: Sendable {
    let model: SiteModel
    let bodies: [CaseBody]
    let pageBodies: [CaseBody]
    let theme: ThemeStage.Loaded
    let folder: SiteFolder
    let threads: Int
    let shared: SharedRenderData

    /// A page to write: its output folder and how to make its context.
    struct Job: Sendable {
        enum Kind: Sendable {
            case home, caseStudy(Int), list(kind: String, title: String, description: String, cases: [Int], base: String, page: Int, pages: Int)
            case terms(kind: String, title: String, items: [TermItem]), freePage(Int), notFound
            case timeline, booklet, dashboard, search
        }
        var directory: String
        var kind: Kind
    }
    struct TermItem: Sendable { var name: String; var url: String; var count: Int; var description: String }

    /// The file a job writes, relative to the output folder.
    static func outputPath(_ job: Job) -> String {
        job.directory.isEmpty ? "index.html" : (job.directory == "404/" ? "404.html" : job.directory + "index.html")
    }

    /// The HTML of one page.
    func render(_ job: Job) -> String {
        let (template, context) = context(job)
        return theme.theme.render(template, context: context) ?? ""
    }

    /// The template a job renders and its values.
    func context(_ job: Job) -> (template: String, values: [String: Any]) {
        var page = PageContext(model: model, bodies: bodies, strings: theme.files.strings, directory: job.directory)
        page.shared = shared
        let template: String, context: [String: Any]
        switch job.kind {
        case .home: (template, context) = ("home", page.home())
        case .caseStudy(let index): (template, context) = ("case", page.casePage(index))
        case .list(let kind, let title, let description, let cases, let base, let n, let count):
            (template, context) = ("list", page.list(kind: kind, title: title, description: description,
                                                     cases: cases, base: base, page: n, pageCount: count))
        case .terms(let kind, let title, let items):
            (template, context) = ("terms", page.terms(kind: kind, title: title, items: items.map { ($0.name, $0.url, $0.count, $0.description) }))
        case .freePage(let index): (template, context) = ("page", page.freePage(model.pages[index], body: pageBodies[index]))
        case .timeline: (template, context) = ("timeline", page.timeline())
        case .booklet: (template, context) = ("booklet", page.booklet())
        case .dashboard: (template, context) = ("dashboard", page.dashboard())
        case .search: (template, context) = ("search", page.searchPage())
        case .notFound:
            page.absoluteRoot = model.config.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
            (template, context) = ("404", page.notFound())
        }
        return (template, context)
    }

    /// Renders and writes everything into `sink`; returns the number of HTML pages written.
    /// `meter` counts each page for the progress line.
    /// `times`, when given, collects each template's share of the time.
    func renderAll(into sink: any OutputSink, log: DiagnosticLog, meter: ProgressMeter? = nil, times: RenderTimes? = nil) -> Int {
        let jobs = plan()
        let renderer = self
        let written = parallelMap(jobs.count, threads: threads) { i -> Int in
            let path = Self.outputPath(jobs[i])
            defer { meter?.step() }
            do {
                let start = ContinuousClock.now
                let (template, values) = renderer.context(jobs[i])
                let made = ContinuousClock.now
                let html = renderer.theme.theme.render(template, context: values) ?? ""
                let rendered = ContinuousClock.now
                try sink.write(html, to: path)
                times?.add(template, context: (made - start).seconds, render: (rendered - made).seconds,
                           write: (ContinuousClock.now - rendered).seconds)
                return 1
            } catch {
                log.add(.error(path, "cannot write this page: \(error)"))
                return 0
            }
        }
        for (output, source) in copies() {
            do {
                switch source {
                case .file(let url): try sink.copy(from: url, to: output)
                case .text(let text): try sink.write(text, to: output)
                }
            } catch {
                log.add(.error(output, "cannot write this file: \(error.localizedDescription)"))
            }
        }
        return written.reduce(0, +)
    }

    /// Writes the feed, sitemap, data downloads and search index.
    func writeStandards(into sink: any OutputSink, log: DiagnosticLog) {
        for (path, data) in standards() {
            do { try sink.write(data, to: path) } catch { log.add(.error(path, "cannot write: \(error)")) }
        }
    }

    enum CopySource: Sendable {
        case file(URL)
        case text(String)
    }

    /// Content files and the theme's static files, by output path.
    func copies() -> [(output: String, source: CopySource)] {
        var result = model.assets.map { ($0.output, CopySource.file(folder.url($0.source))) }
        for (output, source) in theme.files.statics {
            switch source {
            case .builtin(let text): result.append((output, .text(text)))
            case .file(let url): result.append((output, .file(url)))
            }
        }
        return result
    }

    /// Feed, sitemap, robots.txt and the data downloads.
    func standards() -> [(path: String, data: Data)] {
        let feed = AtomFeed(model: model, bodies: bodies)
        let export = DataExport(model: model, bodies: bodies)
        let files: [(String, Data?)] = [
            ("feed.xml", Data(feed.xml().utf8)), ("sitemap.xml", Sitemap(model: model).xml().map { Data($0.utf8) }),
            ("robots.txt", Data(Sitemap(model: model).robots().utf8)),
            ("data/cases.json", export.casesJSON()), ("data/metrics.csv", export.metricsCSV()),
        ]
        let replaced = Set(theme.files.statics.map(\.output))
        return (files.compactMap { path, data in data.map { (path, $0) } } + SearchFiles(model: model, bodies: bodies).files())
            .filter { !replaced.contains($0.path) }
    }

    /// The pages to render: every page of the site but those a file of the theme's
    /// `static/` replaces on purpose (`templates/static/robots.txt`, …).
    func plan() -> [Job] {
        let replaced = Set(theme.files.statics.map(\.output))
        return Self.plan(model: model, strings: theme.files.strings).filter { !replaced.contains(Self.outputPath($0)) }
    }

    /// Every page the site has; `strings` only give the lists their titles.
    static func plan(model: SiteModel, strings t: [String: String]) -> [Job] {
        var jobs: [Job] = [Job(directory: "", kind: .home), Job(directory: "404/", kind: .notFound),
                           Job(directory: "timeline/", kind: .timeline), Job(directory: "booklet/", kind: .booklet),
                           Job(directory: "dashboard/", kind: .dashboard), Job(directory: "search/", kind: .search)]
        jobs += model.cases.indices.map { Job(directory: model.casePath($0), kind: .caseStudy($0)) }
        jobs += model.pages.indices.map { Job(directory: "\(model.pages[$0].slug)/", kind: .freePage($0)) }
        func paginate(kind: String, title: String, description: String, cases: [Int], base: String) {
            let per = max(1, model.config.perPage)
            let count = max(1, (cases.count + per - 1) / per)
            for n in 1...count {
                let slice = Array(cases[min(cases.count, (n - 1) * per)..<min(cases.count, n * per)])
                jobs.append(Job(directory: n == 1 ? base : "\(base)page/\(n)/",
                                kind: .list(kind: kind, title: title, description: description, cases: slice, base: base, page: n, pages: count)))
            }
        }
        paginate(kind: "cases", title: t["all_cases"] ?? "Cases", description: model.config.description,
                 cases: Array(model.cases.indices), base: "cases/")
        for c in model.config.categories {
            paginate(kind: "category", title: c.name, description: c.description,
                     cases: model.casesByCategory[c.id] ?? [], base: "categories/\(c.id)/")
        }
        for term in model.tags {
            paginate(kind: "tag", title: term.name, description: "", cases: term.cases, base: "tags/\(term.slug)/")
        }
        for term in model.organizations {
            paginate(kind: "organization", title: term.name, description: "", cases: term.cases, base: "organizations/\(term.slug)/")
        }
        jobs.append(Job(directory: "categories/", kind: .terms(kind: "categories", title: t["categories"] ?? "Categories",
            items: model.config.categories.map { TermItem(name: $0.name, url: "categories/\($0.id)/",
                                                          count: model.casesByCategory[$0.id]?.count ?? 0, description: $0.description) })))
        jobs.append(Job(directory: "tags/", kind: .terms(kind: "tags", title: t["tags"] ?? "Tags",
            items: model.tags.map { TermItem(name: $0.name, url: "tags/\($0.slug)/", count: $0.cases.count, description: "") })))
        jobs.append(Job(directory: "organizations/", kind: .terms(kind: "organizations", title: t["organizations"] ?? "Organizations",
            items: model.organizations.map { TermItem(name: $0.name, url: "organizations/\($0.slug)/", count: $0.cases.count, description: "") })))
        return jobs
    }
}
