import Foundation

extension PageRenderer {
    /// Each planned page's template and Markdown source, and the site's base path.
    func outputMap(jobs: [String: Job]) -> OutputMap {
        // Decoded, as the checker decodes the links it compares with it.
        let base = model.config.baseURL.map(Self.pathAsWritten).map { $0.removingPercentEncoding ?? $0 } ?? "/"
        return OutputMap(origins: jobs.mapValues(origin), basePath: base, baseURL: model.config.baseURL)
    }

    /// The template that lays out `job` and the Markdown file it shows, if any.
    func origin(_ job: Job) -> PageOrigin { Self.origin(job, model: model) }

    static func origin(_ job: Job, model: SiteModel) -> PageOrigin {
        if case .index(let index) = job.subject, let source = job.kind.source {
            return PageOrigin(template: job.kind.template, source: source(model, index))
        }
        return PageOrigin(template: job.kind.template)
    }
}
