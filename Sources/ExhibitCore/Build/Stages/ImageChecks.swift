import ExhibitImages
import Foundation

/// What the photos a site shows tell an editor before anything is published: a GPS
/// position (where a farmer's house is), an original far larger than a page needs, a
/// damaged or unreadable file, a HEIC this machine cannot read. Each is a warning at the
/// line that uses the image (a cover's `cover:` line, a Markdown image), since that is
/// where the editor looks. Only raster images are read (`ImageEngine.handles`), once per
/// version of the file (`ImageProbeCache`).
struct ImageChecks {
    let folder: SiteFolder
    let cache: ImageProbeCache
    let threads: Int

    /// The warnings of the cases at `cases` (all cases and pages when nil).
    func diagnostics(model: SiteModel, bodies: MarkdownStage.Bodies, cases: [Int]? = nil) -> [Diagnostic] {
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        var uses: [(path: String, use: ImageUse)] = []
        for i in cases ?? Array(model.cases.indices) {
            let c = model.cases[i]
            if let cover = c.cover, let file = resolver.contentFile(cover, from: c.sourcePath) {
                uses.append((c.sourcePath, ImageUse(file: file, written: cover, line: c.coverLine, column: 1)))
            }
            uses += bodies.cases[i].images.map { (c.sourcePath, $0) }
        }
        if cases == nil {
            for (i, page) in model.pages.enumerated() where i < bodies.pages.count {
                uses += bodies.pages[i].images.map { (page.sourcePath, $0) }
            }
        }
        let files = Set(uses.map(\.use.file)).filter { ImageEngine.handles(URL(fileURLWithPath: $0)) }.sorted()
        guard !files.isEmpty else { return [] }
        let folder = self.folder, cache = self.cache
        let outcomes = parallelMap(files.count, threads: threads) { i in cache.probe(files[i], at: folder.url(files[i])) }
        let byFile = Dictionary(uniqueKeysWithValues: zip(files, outcomes))
        return uses.flatMap { path, use -> [Diagnostic] in
            guard let outcome = byFile[use.file] else { return [] }
            let warnings = outcome.failure.map { [$0] } ?? outcome.info?.warnings() ?? []
            return warnings.map { warning in
                // ImageWarning's messages begin "image …": name the image as the editor wrote it.
                .warning(path, line: use.line, column: use.column,
                         "the image `\(use.written)`" + warning.message.dropFirst("image".count), fix: Self.fix(for: warning))
            }
        }
    }

    /// Pages still publish photos as they are (until they use ImageEngine's variants), so
    /// a position in the original is a position on the web: the fix says so.
    static func fix(for warning: ImageWarning) -> String {
        guard case .gps = warning else { return warning.fix }
        return "the photo is published as it is, position included: use a copy without location (most photo apps: share or export without location)"
    }
}
