import ExhibitImages
import Foundation

/// The image stage: every raster image the pages show (`ImageUses`) made into its
/// variants through the image cache (`.exhibit-cache/images/`), several at a time, and
/// the bodies' `<img>` turned into `<picture>` of those variants (`BodyImages`).
///
/// The variants stay in the cache until the output is written: the build copies them
/// into its staging folder (so a failed build leaves the previous output as it was),
/// `serve` reads them from the cache when they are asked for. An unchanged image costs a
/// stat and a small file read. A file that cannot be read is left as it is (ImageChecks
/// warns about it) and published as the original.
struct ImageStage {
    let model: SiteModel
    let options: BuildOptions
    let probes: ImageProbeCache
    let log: DiagnosticLog

    var engine: ImageEngine {
        ImageEngine(settings: ImageSettings(keepMetadata: model.config.keepImageMetadata),
                    cache: ImageCache(root: options.imageCache ?? ImageCache.defaultRoot(siteFolder: options.siteRoot)),
                    maxConcurrent: options.threads)
    }

    /// The variants of every image the site shows, and the bodies that show them.
    func run(_ bodies: MarkdownStage.Bodies) -> (ResponsiveImages, MarkdownStage.Bodies) {
        // A site with errors is not rendered: resizing its photos would be time spent on
        // nothing (and files written by a build that fails).
        guard log.errorCount == 0 else { return (ResponsiveImages(), bodies) }
        let uses = ImageUses.collect(model: model, bodies: bodies)
        var images = ResponsiveImages()
        let files = Set(uses.map(\.use.file)).filter { ImageEngine.handles(URL(fileURLWithPath: $0)) }.sorted()
        images.considered = Set(files)
        let folder = options.folder, probes = self.probes, engine = self.engine
        let outcomes = parallelMap(files.count, threads: options.threads) { i -> Result<ImageOutcome?, ImageError> in
            let url = folder.url(files[i])
            // A file whose header does not read is ImageChecks' warning already.
            guard probes.probe(files[i], at: url).info != nil else { return .success(nil) }
            do throws(ImageError) { return .success(try engine.cachedVariants(of: url)) } catch { return .failure(error) }
        }
        var names = Set(model.assets.map(\.output))
        for (file, result) in zip(files, outcomes) {
            switch result {
            case .failure(let error):
                log.add(.error(file, "cannot make the published sizes of this image: \(error)",
                               fix: "the cache folder .exhibit-cache/images/ must be writable; deleting it is always safe"))
            case .success(let outcome):
                guard let outcome, let output = model.outputBySource[file] else { continue }
                guard let processed = outcome.image else {
                    for use in uses where use.use.file == file {
                        let failure = outcome.failure ?? .unreadable(reason: "unknown")
                        log.add(.warning(use.path, line: use.use.line, column: use.use.column,
                                         "the image `\(use.use.written)`" + failure.message.dropFirst("image".count) + "; it is published as it is",
                                         fix: failure.fix))
                    }
                    continue
                }
                images.byFile[file] = Self.published(processed, original: output, taken: &names)
            }
        }
        let rewritten = BodyImages.rewrite(bodies, model: model, images: images)
        let linked = ResponsiveImages.linkedOutputs(in: BodyImages.shown(rewritten, model: model))
        images.unpublished = Set(images.byFile.keys.filter { file in model.outputBySource[file].map { !linked.contains($0) } ?? false })
        return (images, rewritten)
    }

    /// `processed`'s variants named after the original's output path
    /// (`cases/apple/orchard.jpg` → `cases/apple/orchard-480.webp`). When that name is
    /// taken (`orchard.png` beside it, or a file of the site), the extension is kept in
    /// the name: `orchard-png-480.webp`.
    static func published(_ processed: ProcessedImage, original output: String, taken: inout Set<String>) -> ResponsiveImage {
        let slash = output.lastIndex(of: "/").map { output.index(after: $0) } ?? output.startIndex
        let name = output[slash...]
        let dot = name.lastIndex(of: ".") ?? name.endIndex
        let stem = String(output[..<dot])
        let ext = name[dot...].dropFirst().lowercased()
        func files(_ stem: String) -> [ResponsiveImage.File] {
            processed.variants.map { variant in
                let requested = Int(variant.fileName.split(separator: "-").last?.split(separator: ".").first ?? "") ?? variant.width
                return ResponsiveImage.File(output: "\(stem)-\(requested).\(variant.format.fileExtension)",
                                            width: variant.width, source: URL(fileURLWithPath: variant.path))
            }
        }
        var chosen = files(stem)
        if chosen.contains(where: { taken.contains($0.output) }) { chosen = files("\(stem)-\(ext)") }
        taken.formUnion(chosen.map(\.output))
        let fallback = processed.fallbackFormat
        return ResponsiveImage(width: processed.width, height: processed.height,
                               webp: chosen.enumerated().filter { processed.variants[$0.offset].format == .webp }.map(\.element).sorted { $0.width < $1.width },
                               fallback: chosen.enumerated().filter { processed.variants[$0.offset].format == fallback }.map(\.element).sorted { $0.width < $1.width })
    }
}
