import Foundation

extension PageRenderer {
    /// Each planned page's template and Markdown source, and the site's base path.
    func outputMap(jobs: [String: Job]) -> OutputMap {
        let base = model.config.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        return OutputMap(origins: jobs.mapValues(origin), basePath: base, baseURL: model.config.baseURL)
    }

    /// The template that lays out `job` and the Markdown file it shows, if any.
    func origin(_ job: Job) -> PageOrigin { Self.origin(job, model: model) }

    static func origin(_ job: Job, model: SiteModel) -> PageOrigin {
        if case .caseStudy(let index) = job.kind { return PageOrigin(template: "case", source: model.cases[index].sourcePath) }
        if case .freePage(let index) = job.kind { return PageOrigin(template: "page", source: model.pages[index].sourcePath) }
        if case .list = job.kind { return PageOrigin(template: "list") }
        if case .terms = job.kind { return PageOrigin(template: "terms") }
        // Every other page has a template of its own named after its folder: home (the
        // root), 404, timeline, booklet, dashboard, and any such page added later.
        let folder = job.directory.split(separator: "/").first.map(String.init)
        return PageOrigin(template: folder ?? "home")
    }
}
