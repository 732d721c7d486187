import ExhibitMarkdown
import ExhibitText

/// Renders the Markdown of every case and page, resolving relative links and images
/// against each source file and reporting the ones that lead nowhere.
///
/// cmark-gfm cannot parse on two threads at once (see MarkdownRenderer); the renderer
/// serialises only the parse itself, so HTML rendering, link resolution and text
/// statistics still run on every core.
struct MarkdownStage {
    let model: SiteModel
    let threads: Int
    let log: DiagnosticLog
    var cache = MarkdownCache()
    /// Counts each rendered case and page for the progress line.
    var meter: ProgressMeter? = nil
    /// Players for the video and audio files the bodies show as images; without it they
    /// stay `<img>`.
    var media: MediaEmbed.Tools? = nil
    /// A one-shot build's (`SiteSession.rendersOnce`): a case's body is not stored in
    /// `cache` for an update that never comes (growing its dictionary to 10,000 entries
    /// was 2.5 % of a build's page faults), and its Markdown is let go
    /// (`Case.releaseBody`) as soon as it is rendered rather than after the stage.
    var rendersOnce = false

    /// The rendered bodies of the cases and of the free pages, by the model's indices.
    struct Bodies: Sendable {
        var cases: [CaseBody]
        var pages: [CaseBody]
        /// The preface (`content/pages/preface.md`) as the home page shows it: its links
        /// made from the site root, not from /preface/.
        var preface: CaseBody? = nil
    }

    /// Every case and page.
    func renderAll() -> Bodies {
        Bodies(cases: render(), pages: renderPages(), preface: renderPreface())
    }

    /// The preface again, for the home page. Its problems are the page's own, reported
    /// once by `renderPages`.
    func renderPreface() -> CaseBody? {
        guard let page = model.pages.first(where: { $0.slug == PageContext.prefaceSlug }) else { return nil }
        return Self.cachedBody(page.body, source: page.sourcePath, lineOffset: page.bodyLineOffset, clean: page.bodyIsClean,
                               directory: "", model: model, log: DiagnosticLog(), cache: cache, media: media)
    }

    /// The cases at `indices` again (the fast path of `serve`), the other bodies from
    /// `previous`.
    func render(indices: [Int], keeping previous: Bodies) -> Bodies {
        Self.checkCovers(model: model, log: log, indices: indices)
        var bodies = previous
        let folders = GalleryMaker.folders(in: model)
        for i in indices {
            let c = model.cases[i]
            bodies.cases[i] = Self.cachedBody(c.body, source: c.sourcePath, lineOffset: c.bodyLineOffset, clean: c.bodyIsClean,
                                              directory: model.casePath(i), summary: c.summary == nil, model: model, log: log,
                                              cache: cache, media: media)
            Self.addGallery(to: &bodies.cases[i], of: i, model: model, folders: folders, media: media, log: log)
        }
        return bodies
    }

    func render() -> [CaseBody] {
        let model = self.model, log = self.log, cache = self.cache, meter = self.meter, media = self.media
        let rendersOnce = self.rendersOnce
        cache.begin(outputs: model.outputBySource)
        Self.checkCovers(model: model, log: log)
        Self.checkSiteImages(model: model, log: log)
        let folders = GalleryMaker.folders(in: model)
        // Looked up without the cache's lock: after an edit nearly every body is a hit.
        let known = cache.snapshot()
        let bodies = parallelMap(model.cases.count, threads: threads) { i in
            let c = model.cases[i]
            defer { meter?.step() }
            var body = Self.cachedBody(c.body, source: c.sourcePath, lineOffset: c.bodyLineOffset, clean: c.bodyIsClean,
                                       directory: model.casePath(i), summary: c.summary == nil, model: model, log: log,
                                       cache: cache, media: media, known: known, stores: !rendersOnce)
            if rendersOnce { c.releaseBody() }
            Self.addGallery(to: &body, of: i, model: model, folders: folders, media: media, log: log)
            return body
        }
        Self.checkMediaTools(model: model, bodies: bodies, media: media, log: log)
        return bodies
    }

    func renderPages() -> [CaseBody] {
        let model = self.model, log = self.log, cache = self.cache, media = self.media
        return model.pages.map { page in
            defer { meter?.step() }
            return Self.cachedBody(page.body, source: page.sourcePath, lineOffset: page.bodyLineOffset, clean: page.bodyIsClean,
                            directory: "\(page.slug)/", summary: page.summary == nil, model: model, log: log, cache: cache,
                            media: media)
        }
    }

    /// `summary`: whether the body's own summary is wanted (`CaseBody.summary`), false for
    /// a case or page that gives one.
    static func cachedBody(_ markdown: String, source: String, lineOffset: Int, clean: Bool, directory: String,
                           summary: Bool = true, model: SiteModel, log: DiagnosticLog, cache: MarkdownCache, media: MediaEmbed.Tools? = nil,
                           known: MarkdownCache.Snapshot? = nil, stores: Bool = true) -> CaseBody {
        let key = MarkdownCache.Key(source: source, markdown: markdown, lineOffset: lineOffset,
                                    directory: directory, unsafeHTML: model.config.unsafeHTML, summary: summary)
        // With a snapshot, a body not in it is not in the cache: each case's source has one
        // key, and this stage stores only the bodies it renders. Looking in the cache too
        // took its lock for every body of a first build.
        let hit = if let known { known.lookup(key) } else { cache.lookup(key) }
        if let hit {
            log.add(contentsOf: hit.diagnostics)
            return hit.body
        }
        let local = DiagnosticLog()
        let body = Self.body(markdown, source: source, lineOffset: lineOffset, clean: clean, directory: directory,
                             summary: summary, model: model, log: local, media: media)
        let diagnostics = local.all
        log.add(contentsOf: diagnostics)
        if stores { cache.store(key, .init(body: body, diagnostics: diagnostics)) }
        return body
    }

    /// A cover that does not exist, or has no alt text, is a warning at its line.
    /// `indices` limits the check to those cases.
    static func checkCovers(model: SiteModel, log: DiagnosticLog, indices: [Int]? = nil) {
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        for i in indices ?? Array(model.cases.indices) {
            let c = model.cases[i]
            guard let cover = c.cover else { continue }
            let resolution = resolver.resolve(cover, from: c.sourcePath, pageDirectory: model.casePath(i), image: true)
            if case .missing(let target) = resolution {
                log.add(.warning(c.sourcePath, line: c.coverLine, column: 1, "the cover `\(cover)` \(LinkResolver.notFound(target, otherwise: "does not exist"))",
                                 fix: cover.hasPrefix("/") ? "a path starting with `/` is read from content/: put the image there, or beside the Markdown file and give its name"
                                                           : "put the image beside the Markdown file, or correct the path relative to it"))
            } else if resolution == .localFile {
                log.add(.warning(c.sourcePath, line: c.coverLine, column: 1, "the cover `\(cover)` is a file on your computer, not in the site: it would not be published",
                                 fix: "copy the image into the case's folder, beside the Markdown file, and give its name relative to it: `cover: \(fileName(cover))`"))
            } else if (c.coverAlt ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                log.add(.warning(c.sourcePath, line: c.coverLine, column: 1, "the cover `\(cover)` has no `cover_alt`",
                                 fix: "describe the picture for readers who cannot see it: `cover_alt: 服务团成员在果园采集土壤样本`"))
            }
        }
    }

    static func body(_ markdown: String, source: String, lineOffset: Int, clean: Bool, directory: String,
                     summary: Bool = true, model: SiteModel, log: DiagnosticLog, media: MediaEmbed.Tools? = nil) -> CaseBody {
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        var problems: [Diagnostic] = []
        var players = MediaEmbed.Players()
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: model.config.unsafeHTML, lineOffset: lineOffset,
                                                                    sourceIsClean: clean))
        let document = renderer.render(markdown) { reference in
            let isImage = reference.kind == .image
            switch resolver.resolve(reference.destination, from: source, pageDirectory: directory, image: isImage) {
            case .external:
                return nil
            case .url(let url):
                return url
            case .localFile:
                let name = fileName(reference.destination)
                problems.append(.warning(source, line: reference.line, column: reference.column,
                    "the \(isImage ? "image" : "link") `\(reference.destination)` is a file on your computer, not in the site: it would not be published",
                    fix: isImage ? "copy the image beside the Markdown file and give its name: ![\(reference.text)](\(name))"
                                 : "copy the file beside the Markdown file and give its name: [\(reference.text)](\(name))"))
                return nil
            case .missing(let target) where !isImage && model.unpublished[target] != nil:
                // The file is there without a page: a draft, a case not yet reviewed, or one
                // whose own error is reported (nothing more to say of the link).
                if let (message, fix) = model.unpublished[target]?.linkProblem(reference.destination) {
                    problems.append(.warning(source, line: reference.line, column: reference.column, message, fix: fix))
                }
                return nil
            case .missing(let target):
                problems.append(.warning(source, line: reference.line, column: reference.column,
                    isImage ? "the image `\(reference.destination)` \(LinkResolver.notFound(target, otherwise: "does not exist"))"
                            : "the link `\(reference.destination)` \(LinkResolver.notFound(target, otherwise: "leads to no case, page or file"))",
                    fix: isImage ? (reference.destination.hasPrefix("/")
                                    ? "a path starting with `/` is read from content/: put the image there, or beside the Markdown file and give its name"
                                    : "put the image beside the Markdown file, or correct the path relative to it")
                                 : "correct the path relative to this file, e.g. `other-case.md` for a case beside it"))
                return nil
            }
        } embed: { embed in
            guard let media, let file = resolver.contentFile(embed.reference.destination, from: source) else { return nil }
            return players.add(embed, file: file, source: source, pageDirectory: directory,
                               embedder: MediaEmbed(model: model, folder: media.folder, cache: media.cache))
        }
        problems += players.problems
        problems += document.limits.map { $0.diagnostic(path: source) }
        for image in document.images where image.text.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.warning(source, line: image.line, column: image.column,
                "the image `\(image.destination)` has no alt text",
                fix: "describe it for readers who cannot see it: ![服务团成员在果园采集土壤样本](\(image.destination))"))
        }
        log.add(contentsOf: problems)
        let reading = ReadingTime(document.plainText)
        return CaseBody(html: document.html,
                        toc: document.headings.filter { $0.level <= 3 }.map { ($0.level, $0.text, $0.id) },
                        summary: summary ? Summary.make(from: document.plainText) : "",
                        readingMinutes: reading.minutes,
                        characters: reading.hanCharacters + reading.latinWords,
                        plainText: document.plainText,
                        images: document.images.compactMap { image in
                            resolver.contentFile(image.destination, from: source).map {
                                ImageUse(file: $0, written: image.destination, line: image.line, column: image.column)
                            }
                        },
                        posters: players.posters, media: players.uses)
    }
}

import Foundation

/// The last part of a path written on any system (`C:\a\b.jpg`, `/home/me/b.jpg`): `b.jpg`.
private func fileName(_ path: String) -> String {
    String(path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(path))
}
