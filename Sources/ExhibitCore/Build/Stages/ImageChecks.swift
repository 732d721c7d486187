import ExhibitImages
import Foundation

/// What the photos a site shows tell an editor before anything is published: a GPS
/// position (where a farmer's house is), an original far larger than a page needs, a
/// damaged or unreadable file, a HEIC this machine cannot read. Each is a warning at the
/// line that uses the image (a cover's `cover:` line, a Markdown image), since that is
/// where the editor looks; so is a cover narrower than it is shown (`ImageUses.coverWidth`).
/// The published variants carry no GPS, but the original in content/ still does, and
/// content folders get shared. Only raster images are read (`ImageEngine.handles`), once per
/// version of the file (`ImageProbeCache`).
struct ImageChecks {
    let folder: SiteFolder
    let cache: ImageProbeCache
    let threads: Int

    /// The warnings of the cases at `cases` (all cases and pages when nil).
    func diagnostics(model: SiteModel, bodies: MarkdownStage.Bodies, cases: [Int]? = nil) -> [Diagnostic] {
        let uses = ImageUses.collect(model: model, bodies: bodies, cases: cases)
        let files = Set(uses.map(\.use.file)).filter { ImageEngine.handles(URL(fileURLWithPath: $0)) }.sorted()
        guard !files.isEmpty else { return [] }
        let folder = self.folder, cache = self.cache
        let outcomes = parallelMap(files.count, threads: threads) { i in cache.probe(files[i], at: folder.url(files[i])) }
        let byFile = Dictionary(uniqueKeysWithValues: zip(files, outcomes))
        return uses.flatMap { item -> [Diagnostic] in
            let (path, use) = (item.path, item.use)
            guard let outcome = byFile[use.file] else { return [] }
            let warnings = outcome.failure.map { [$0] } ?? outcome.info?.warnings(shownAt: item.shownAt) ?? []
            return warnings.map { warning in
                // ImageWarning's messages begin "image …": name the image as the editor wrote it.
                .warning(path, line: use.line, column: use.column,
                         "the image `\(use.written)`" + warning.message.dropFirst("image".count), fix: Self.fix(for: warning, keepingMetadata: model.config.keepImageMetadata))
            }
        }
    }

    /// With `keep_image_metadata: true` the published images keep the position too.
    static func fix(for warning: ImageWarning, keepingMetadata: Bool) -> String {
        guard case .gps = warning, keepingMetadata else { return warning.fix }
        return "`keep_image_metadata: true` in site.yaml publishes the position with the photo: set it to false, or use a copy without location (most photo apps: share without location)"
    }
}
