import ExhibitImages
import ExhibitText
import ExhibitTemplates
import Foundation
import Synchronization

/// Renders every page of the site with the theme and writes it, with the content files,
/// the theme's static files, the feed, the sitemap and robots.txt.
struct PageRenderer: Sendable {
    /// The model, behind the one `Reference` every page's context shares.
    let site: Reference<SiteModel>
    var model: SiteModel { site.value }
    let bodies: [CaseBody]
    let pageBodies: [CaseBody]
    /// The preface as the home page shows it (`MarkdownStage.Bodies.preface`).
    var prefaceBody: CaseBody?
    let theme: ThemeStage.Loaded
    let folder: SiteFolder
    let threads: Int
    /// Shared by every page's context (`PageContext.shared`).
    let sharedData: Reference<SharedRenderData>
    var shared: SharedRenderData { sharedData.value }

    /// A page to write: its output folder, its kind and what it shows.
    struct Job: Sendable {
        var directory: String
        var kind: PageKind
        var subject: PageKind.Subject
    }
    struct TermItem: Sendable { var name: String; var url: String; var count: Int; var description: String }

    /// The file a job writes, relative to the output folder.
    static func outputPath(_ job: Job) -> String {
        job.directory.isEmpty ? "index.html" : (job.directory == "404/" ? "404.html" : job.directory + "index.html")
    }

    /// The folder of the job `outputPath` would write to `path`, if any: its inverse.
    static func directory(ofOutput path: String) -> String? {
        if path == "index.html" { return "" }
        if path == "404.html" { return "404/" }
        guard path.hasSuffix("/index.html") else { return nil }
        let directory = String(path.dropLast("index.html".count))
        // The 404 page's folder writes 404.html, never 404/index.html.
        return directory == "404/" ? nil : directory
    }

    /// The HTML of one page.
    func render(_ job: Job) -> String {
        let (template, context) = context(job)
        return theme.theme.render(template, context: context) ?? ""
    }

    /// The template a job renders and its values, as the template sees them.
    func context(_ job: Job) -> (template: String, values: Any) {
        let (template, values) = values(job)
        return (template, values.templateValue)
    }

    /// The path of `baseURL` (`https://host/my%20expo/` → `/my%20expo/`) as it is written,
    /// as every other absolute link uses it: `URL.path` decodes it, which gave the 404
    /// page links with a raw space.
    static func pathAsWritten(_ baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        let path = afterHost.prefix { $0 != "?" && $0 != "#" }
        guard !path.isEmpty else { return "/" }
        return path.hasSuffix("/") ? String(path) : path + "/"
    }

    /// The template a job renders and its typed values.
    func values(_ job: Job) -> (template: String, values: PageValues) {
        var page = PageContext(site: site, bodies: bodies, strings: theme.files.strings, directory: job.directory, shared: sharedData)
        page.pageBodies = pageBodies
        page.prefaceBody = prefaceBody
        if job.kind.linksFromAnyPath {
            page.absoluteRoot = model.config.baseURL.map(Self.pathAsWritten) ?? "/"
        }
        return (job.kind.template, job.kind.values(page, job.subject))
    }

    /// Renders and writes everything into `sink`: every page, the site-wide files (feed,
    /// sitemap, data downloads, search index) and the copied files; returns the number of
    /// HTML pages written. `meter` counts each page for the progress line. `times`, when
    /// given, collects each template's share of the time, and each site-wide file's.
    ///
    /// The site-wide files are made on the same threads as the pages, first: made after
    /// them, on one thread, they were a fifth of the build's time at 1,000 cases.
    /// `jobs` are the pages planned for this renderer (`plan()`).
    func renderAll(_ jobs: [Job], into sink: any OutputSink, log: DiagnosticLog, meter: ProgressMeter? = nil,
                   times: RenderTimes? = nil) -> Int {
        let tasks = standardTasks()
        let renderer = self
        let written = parallelMap(tasks.count + jobs.count, threads: threads) { n -> Int in
            if n < tasks.count {
                let start = ContinuousClock.now
                // Each file is written as soon as it is made (the search index's from several
                // threads): the index's result files were 60 MB at 10,000 cases.
                let writing = Mutex(Duration.zero)
                tasks[n].make(SiteFileOut(file: { path, data in
                    let before = ContinuousClock.now
                    do { try sink.write(data, to: path) } catch { log.add(.error(path, "cannot write: \(error)")) }
                    let spent = ContinuousClock.now - before
                    writing.withLock { $0 += spent }
                }, stream: { path, produce in
                    do {
                        let spent = try sink.stream(to: path, measuring: produce).writing
                        writing.withLock { $0 += spent }
                    } catch {
                        log.add(.error(path, "cannot write: \(error)"))
                    }
                }))
                let write = writing.withLock { $0 }
                times?.add(tasks[n].name, context: (ContinuousClock.now - start - write).seconds, render: 0, write: write.seconds,
                           isSiteFile: true)
                return 0
            }
            let i = n - tasks.count
            let path = Self.outputPath(jobs[i])
            defer { meter?.step() }
            do {
                let start = ContinuousClock.now
                let (template, values) = renderer.context(jobs[i])
                let made = ContinuousClock.now
                // Written as it is rendered: a long page (the booklet) is never whole in memory.
                // The template's time is the rendering's alone; opening, writing and closing
                // the file are the write's.
                let rendering = try sink.stream(to: path, measuring: { write in
                    _ = renderer.theme.theme.renderStream(template, context: values, chunk: write)
                }).making
                let written = ContinuousClock.now
                times?.add(template, context: (made - start).seconds, render: rendering.seconds,
                           write: (written - made - rendering).seconds)
                return 1
            } catch {
                log.add(.error(path, "cannot write this page: \(error)"))
                return 0
            }
        }
        for (output, source) in copies() {
            do {
                switch source {
                case .file(let url): try sink.copy(from: url, to: output)
                case .cached(let url): try sink.place(url, at: output)
                case .text(let text): try sink.write(text, to: output)
                case .poster(let poster):
                    guard let frame = poster.make() else {
                        log.add(.warning(output, "no poster frame could be taken from the video; it is shown without one",
                                         fix: MediaWarning.noPoster(reason: "").fix))
                        continue
                    }
                    defer { if frame.temporary { try? FileManager.default.removeItem(at: frame.file) } }
                    try sink.copy(from: frame.file, to: output)
                }
            } catch {
                log.add(.error(output, "cannot write this file: \(error.localizedDescription)"))
            }
        }
        return written.reduce(0, +)
    }

    enum CopySource: Sendable {
        /// A photo's variant in the image cache, whose files never change: linked.
        case cached(URL)
        case file(URL)
        case text(String)
        /// A video's poster frame, taken when it is written.
        case poster(MediaEmbed.Poster)
    }

    /// Content files, the variants of the images pages show (in place of the originals
    /// no page links to) and the theme's static files, by output path.
    func copies() -> [(output: String, source: CopySource)] {
        var result = model.assets.map { ($0.output, CopySource.file(folder.url($0.source))) }
        // Posters of videos, from the media cache; one video shown by two pages has one.
        // Read where the bodies are: `bodies + pageBodies` copied every body (a retain of
        // each of its references) to find a few videos, at the end of a build with one
        // core idle.
        var posters = Set<String>()
        for list in [bodies, pageBodies] {
            for i in list.indices {
                for poster in list[i].posters where posters.insert(poster.output).inserted {
                    result.append((poster.output, .poster(poster)))
                }
            }
        }
        for (output, source) in theme.files.statics(besides: model.assets) {
            // The theme's stylesheets are published without their comments and indentation.
            let isCSS = output.hasSuffix(".css")
            switch source {
            case .builtin(let text): result.append((output, .text(isCSS ? StylesheetText.compacted(text) : text)))
            case .file(let url):
                if isCSS, let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) {
                    result.append((output, .text(StylesheetText.compacted(text))))
                } else {
                    result.append((output, .file(url)))
                }
            }
        }
        result += shared.printed.map { ($0.output, CopySource.file($0.file)) }
        return result.filter { !unpublished.contains($0.0) } + variants
    }

    /// The output paths of the originals published as variants only (`ResponsiveImages`).
    private var unpublished: Set<String> {
        Set(shared.images.unpublished.compactMap { model.outputBySource[$0] })
    }

    /// The photos' variants; one `check` planned but did not make is an empty file, so
    /// that links to it hold.
    private var variants: [(output: String, source: CopySource)] {
        shared.images.copies.map { ($0.output, $0.source.map(CopySource.cached) ?? .text("")) }
    }

    /// The pages to render: every page of the site but those a file of the theme's
    /// `static/` replaces on purpose (`templates/static/robots.txt`, …).
    func plan() -> [Job] { plan { _ in nil } }

    /// The plan of a site whose pages are those of `previous`'s site but for the pages that
    /// follow its terms (`serve` after an edit of tags): the kinds that follow them are
    /// planned again, the others keep their jobs. Planning the timeline, map and place
    /// pages again read every case, 15 ms of such an update at 10,000 cases.
    func plan(keeping previous: [Job]) -> [Job] {
        var byKind: [ObjectIdentifier: [Job]] = [:]
        for job in previous where !job.kind.followsTerms { byKind[ObjectIdentifier(job.kind), default: []].append(job) }
        let kept = byKind
        return plan { kind in kind.followsTerms ? nil : kept[ObjectIdentifier(kind)] ?? [] }
    }

    /// Every page the site has, kind by kind, but for those the theme's static files
    /// replace; `reused(kind)` gives a kind's jobs when they need not be planned again.
    private func plan(reusing reused: @escaping @Sendable (PageKind) -> [Job]?) -> [Job] {
        // By folder, the inverse of `outputPath`: building every page's path to look it up
        // was a tenth of `serve`'s update after a tag edit at 10,000 cases.
        let replaced = Set(theme.files.statics.compactMap { Self.directory(ofOutput: $0.output) })
        let (model, strings, kinds) = (model, theme.files.strings, PageKind.all)
        // The kinds at once: one after the other, the case pages, the timeline's years and
        // the map's provinces (each reading every case) were 60 ms of planning 50,000
        // cases with one core idle.
        let jobs = parallelMap(kinds.count, threads: threads) { k in
            let kind = kinds[k]
            return reused(kind) ?? kind.pages(model, strings).map { Job(directory: $0.directory, kind: kind, subject: $0.subject) }
        }.flatMap { $0 }
        return replaced.isEmpty ? jobs : jobs.filter { !replaced.contains($0.directory) }
    }
}
