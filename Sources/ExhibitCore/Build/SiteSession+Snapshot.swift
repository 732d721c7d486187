import Foundation
import Synchronization

extension SiteSession {
    /// The last good state of the site and the pages rendered from it so far.
    final class Snapshot: Sendable {
        let renderer: PageRenderer
        /// The pages in planned order (of two with one output path, the later is written
        /// last and wins), and by output path.
        let planned: [PageRenderer.Job]
        /// The jobs by output path, and the files copied beside the pages by theirs: what
        /// `serve` looks a requested path up in. Made with the snapshot for `serve`, on
        /// first use otherwise: a one-shot build renders `planned` and lists the copies as
        /// it writes them, and making both was 56 ms of planning 50,000 cases, one core
        /// idle for most of it.
        private let byPath: Lazy<ByPath>
        var jobs: [String: PageRenderer.Job] { byPath.get.jobs }
        var copies: [String: PageRenderer.CopySource] { byPath.get.copies }
        /// Feed, sitemap, data downloads and the search index: made on first request.
        let standards: Lazy<[String: Data]>
        let rendered = Mutex<[String: Data]>([:])

        struct ByPath: Sendable {
            let jobs: [String: PageRenderer.Job]
            let copies: [String: PageRenderer.CopySource]
        }

        /// `rendersOnce`: the snapshot of a one-shot build, whose files are not asked for
        /// by path.
        init(renderer: PageRenderer, jobs planned: [PageRenderer.Job], rendersOnce: Bool = false) {
            self.renderer = renderer
            self.planned = planned
            byPath = Lazy {
                // Both at once: at 10,000 cases each was 4 ms of an update in `serve`.
                let (jobs, copies) = alongside(threads: renderer.threads, {
                    Self.byOutput(planned)
                }, {
                    Dictionary(renderer.copies().map { ($0.output, $0.source) }, uniquingKeysWith: { a, _ in a })
                })
                return ByPath(jobs: jobs, copies: copies)
            }
            if !rendersOnce { _ = byPath.get }
            standards = Self.standards(of: renderer)
        }

        /// A snapshot of a site with the files copied beside the pages of `previous` (the
        /// same content files and pictures) and the pages `planned`.
        init(renderer: PageRenderer, jobs planned: [PageRenderer.Job], copiesOf previous: Snapshot) {
            self.renderer = renderer
            self.planned = planned
            byPath = Lazy(value: ByPath(jobs: Self.byOutput(planned), copies: previous.copies))
            standards = Self.standards(of: renderer)
        }

        /// A snapshot of a site with the same pages as `previous` (the same cases in the
        /// same order, the same terms and files): its plan is reused.
        init(renderer: PageRenderer, samePagesAs previous: Snapshot) {
            self.renderer = renderer
            planned = previous.planned
            byPath = previous.byPath
            standards = Self.standards(of: renderer)
        }

        var bodies: MarkdownStage.Bodies {
            MarkdownStage.Bodies(cases: renderer.bodies, pages: renderer.pageBodies, preface: renderer.prefaceBody)
        }

        /// The jobs by output path; of two with one path the later, as `build` writes it
        /// last (a free page `404` is the site's 404.html). Keeping the earlier served the
        /// built-in 404 page where `build` published the site's own.
        private static func byOutput(_ planned: [PageRenderer.Job]) -> [String: PageRenderer.Job] {
            Dictionary(planned.map { (PageRenderer.outputPath($0), $0) }, uniquingKeysWith: { _, later in later })
        }

        private static func standards(of renderer: PageRenderer) -> Lazy<[String: Data]> {
            Lazy { Dictionary(renderer.standards().map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a }) }
        }
    }

    /// The state after a successful update.
    struct Resolved: Sendable {
        let snapshot: Snapshot
        let diagnostics: [Diagnostic]
        let outputMap: Lazy<OutputMap>
        var model: SiteModel { snapshot.renderer.model }
    }
}
