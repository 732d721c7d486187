import ExhibitImages
import ExhibitMarkdown

extension MediaEmbed {
    /// Where a build finds its media tools and keeps their results.
    /// The image probes serve the galleries' thumbnail sizes (`GalleryMaker`).
    struct Tools: Sendable {
        let folder: SiteFolder
        let cache: MediaCache
        let probes: ImageProbeCache

        /// The site's own `.exhibit-cache/media/`, with ffmpeg and ffprobe from PATH.
        /// `writable: false` (`check`) leaves the cache as it is.
        init(folder: SiteFolder, probes: ImageProbeCache, cache: MediaCache? = nil, writable: Bool = true) {
            self.folder = folder
            self.probes = probes
            self.cache = cache ?? MediaCache(root: MediaCache.defaultRoot(siteFolder: folder.root), writable: writable)
        }
    }

    /// The players of one body, as it is rendered: their posters and warnings.
    struct Players {
        var posters: [Poster] = []
        var uses: [ImageUse] = []
        var problems: [Diagnostic] = []

        mutating func add(_ embed: MarkdownEmbed, file: String, source: String, pageDirectory: String, embedder: MediaEmbed) -> String? {
            guard let result = embedder.html(for: embed, file: file, pageDirectory: pageDirectory) else { return nil }
            let reference = embed.reference
            uses.append(ImageUse(file: file, written: reference.destination, line: reference.line, column: reference.column))
            if let poster = result.poster, !posters.contains(where: { $0.output == poster.output }) { posters.append(poster) }
            // A missing ffmpeg is said once for the whole site (`checkMediaTools`).
            if let warning = result.warning, !warning.isToolMissing {
                problems.append(.warning(source, line: reference.line, column: reference.column,
                                         "`\(reference.destination)`: \(warning.message)", fix: warning.fix))
            }
            return result.html
        }
    }
}

extension MediaWarning {
    var isToolMissing: Bool {
        if case .toolMissing = self { return true }
        return false
    }
}

extension MarkdownStage {
    /// Without ffmpeg, a site with videos is still built, players without posters: one
    /// warning, at the first video or audio file, says what to install.
    static func checkMediaTools(model: SiteModel, bodies: [CaseBody], media: MediaEmbed.Tools?, log: DiagnosticLog) {
        guard let media, !media.cache.toolsAvailable else { return }
        for (i, body) in bodies.enumerated() {
            guard let use = body.media.first else { continue }
            let warning = MediaWarning.toolMissing("ffmpeg")
            log.add(.warning(model.cases[i].sourcePath, line: use.line, column: use.column,
                             "`\(use.written)`: \(warning.message); the site is built without them", fix: warning.fix))
            return
        }
    }
}
