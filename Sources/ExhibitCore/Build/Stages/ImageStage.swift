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
                    cache: ImageCache(root: ImageCache.defaultRoot(siteFolder: options.siteRoot)),
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
        let planOnly = !options.writesCaches
        let outcomes = parallelMap(files.count, threads: options.threads) { i -> Result<ImageOutcome?, ImageError> in
            let url = folder.url(files[i])
            // A file whose header does not read is ImageChecks' warning already.
            guard let info = probes.probe(files[i], at: url).info else { return .success(nil) }
            if planOnly { return .success(Self.planned(url, info: info, settings: engine.settings)) }
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
                images.byFile[file] = Self.published(processed, original: output, taken: &names, made: !planOnly)
            }
        }
        let rewritten = BodyImages.rewrite(bodies, model: model, images: images)
        let originals = Set(images.byFile.keys.compactMap { model.outputBySource[$0] })
        let linked = originals.isEmpty ? [] : ResponsiveImages.linkedOutputs(in: BodyImages.shown(rewritten, model: model), wanted: originals)
        let kept = images.byFile.isEmpty ? [] : BodyImages.notInHTML(bodies, model: model, images: images)
        images.unpublished = Set(images.byFile.keys.filter { file in
            !kept.contains(file) && (model.outputBySource[file].map { !linked.contains($0) } ?? false)
        })
        return (images, rewritten)
    }

    /// The variants `source` would have, from its probe alone: `check` writes nothing,
    /// not even the cache, and needs only their names and widths (which the processor
    /// takes from the same `ImageSettings.widths(forOriginal:)`).
    static func planned(_ source: URL, info: ImageInfo, settings: ImageSettings) -> ImageOutcome {
        let fallback: ImageVariant.Format = info.hasAlpha ? .png : .jpeg
        let variants = settings.widths(forOriginal: info.width).flatMap { width in
            [ImageVariant.Format.webp, fallback].map { format in
                ImageVariant(path: "image-\(width).\(format.fileExtension)", format: format, width: width,
                             height: max(1, (info.height * width + info.width / 2) / max(info.width, 1)), bytes: 0)
            }
        }
        let job = ImageJob(source: source, destination: source.deletingLastPathComponent(), baseName: "image")
        return ImageOutcome(job: job, image: ProcessedImage(original: info, variants: variants), failure: nil, fromCache: false)
    }

    /// `processed`'s variants named after the original's output path
    /// (`cases/apple/orchard.jpg` → `cases/apple/orchard-480.webp`). When that name is
    /// taken (`orchard.png` beside it, or a file of the site), the extension is kept in
    /// the name: `orchard-png-480.webp`.
    /// `made` false: the variants were only planned (`planned`), there are no files.
    static func published(_ processed: ProcessedImage, original output: String, taken: inout Set<String>, made: Bool = true) -> ResponsiveImage {
        let slash = output.lastIndex(of: "/").map { output.index(after: $0) } ?? output.startIndex
        let name = output[slash...]
        let dot = name.lastIndex(of: ".") ?? name.endIndex
        let stem = String(output[..<dot])
        let ext = name[dot...].dropFirst().lowercased()
        func files(_ stem: String) -> [ResponsiveImage.File] {
            processed.variants.map { variant in
                let requested = Int(variant.fileName.split(separator: "-").last?.split(separator: ".").first ?? "") ?? variant.width
                return ResponsiveImage.File(output: "\(stem)-\(requested).\(variant.format.fileExtension)", width: variant.width,
                                            source: made ? URL(fileURLWithPath: variant.path) : nil)
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
