import Foundation
import Synchronization

/// The site-wide files: the feed, the sitemap, the data downloads and the search index.
extension PageRenderer {
    /// Feed, sitemap, robots.txt, the data downloads and the search index, all at once
    /// (`serve` makes them on first request).
    func standards() -> [(path: String, data: Data)] {
        let files = Mutex<[(path: String, data: Data)]>([])
        let out = SiteFileOut(file: { path, data in files.withLock { $0.append((path, data)) } }, stream: { path, produce in
            var whole: [UInt8] = []
            produce { whole.append(contentsOf: $0) }
            files.withLock { $0.append((path, Data(whole))) }
        })
        for task in standardTasks() { task.make(out) }
        return files.withLock { $0 }
    }

    /// Where a task's site-wide files go, from any thread: each whole (`file`), or as it
    /// is made (`stream`: `produce` passes its bytes to the function it is given, piece
    /// by piece).
    struct SiteFileOut: Sendable {
        let file: @Sendable (_ path: String, _ data: Data) -> Void
        let stream: @Sendable (_ path: String, _ produce: (_ write: DataExport.Write) -> Void) -> Void
    }

    /// The site-wide files, by the task that makes them, so that they can be made in
    /// parallel; a file of the theme's `static/` replaces the one made here.
    func standardTasks() -> [(name: String, make: @Sendable (_ out: SiteFileOut) -> Void)] {
        let model = self.model, bodies = self.bodies, images = shared.images
        let replaced = Set(theme.files.statics.map(\.output))
        func task(_ name: String, _ make: @escaping @Sendable () -> [(String, Data?)])
            -> (name: String, make: @Sendable (_ out: SiteFileOut) -> Void) {
            (name, { out in for (path, data) in make() where !replaced.contains(path) { if let data { out.file(path, data) } } })
        }
        // The search index first: it is the longest.
        return [
            ("search index", { out in
                SearchFiles(model: model, bodies: bodies, images: images).files { path, data in
                    if !replaced.contains(path) { out.file(path, data) }
                }
            }),
            task("feed") { [("feed.xml", Data(AtomFeed(model: model, bodies: bodies).xml().utf8))] },
            task("sitemap") {
                [("sitemap.xml", Sitemap(model: model).xml().map { Data($0.utf8) }), ("robots.txt", Data(Sitemap(model: model).robots().utf8))]
            },
            ("data downloads", { out in
                let export = DataExport(model: model, bodies: bodies)
                if !replaced.contains("data/cases.json") { out.stream("data/cases.json", export.casesJSON) }
                if !replaced.contains("data/metrics.csv") { out.stream("data/metrics.csv", export.metricsCSV) }
                if !model.config.indicators.isEmpty, !replaced.contains("data/indicators.csv") {
                    out.file("data/indicators.csv", export.indicatorsCSV())
                }
            }),
        ]
    }
}
