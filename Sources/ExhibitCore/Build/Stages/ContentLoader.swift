import Foundation

/// Reads site.yaml and every case and page, in parallel, turning each file's problems
/// into diagnostics.
struct ContentLoader {
    let options: BuildOptions
    let log: DiagnosticLog
    var cache = ParseCache()
    /// The files a watcher saw change, site-relative, with the tree of the previous
    /// build: when every change is an edit of a known file, the tree is not scanned again
    /// and only the changed files are looked at.
    var changed: (paths: Set<String>, previous: SourceTree)?

    struct Loaded {
        var tree: SourceTree
        var config: SiteConfig
        var cases: [Case]
        var pages: [FreePage]
    }

    func load() -> Loaded {
        let folder = options.folder
        let tree: SourceTree
        var sameFiles = false
        do {
            if let changed, Self.onlyEdits(changed.paths, in: changed.previous) {
                tree = changed.previous
                sameFiles = true
            } else {
                tree = try SourceTree.scan(folder, output: options.output)
            }
        } catch {
            log.add(.error(SiteFolder.contentName, "cannot read the content folder: \(error.localizedDescription)"))
            return Loaded(tree: SourceTree(), config: SiteConfig(), cases: [], pages: [])
        }
        if !FileManager.default.fileExists(atPath: folder.content.path) {
            log.add(.error(SiteFolder.contentName, "there is no content/ folder in \(folder.root.path)",
                           fix: "run exhibit in a site folder, pass --site DIR, or create one with `exhibit new site DIR`"))
        }
        var config = SiteConfig()
        if let path = tree.siteYAML, let text = read(path)?.text {
            let (parsed, problems) = SiteConfigParser.parse(text)
            config = parsed
            config.settingsFile = path
            if config.indicators.file != nil { config.indicators.file = path }
            log.add(contentsOf: problems.map { var d = $0; d.path = path; return d })
        } else if tree.siteYAML == nil {
            log.add(.warning(SiteFolder.settingsPath, "there is no \(SiteFolder.settingsPath); building with the default title and the five standard categories",
                             fix: "create \(SiteFolder.settingsPath) with `title:`, `base_url:` and `categories:` (see README)"))
        }
        if config.baseURL == nil && config.readable && !config.baseURLWritten {
            log.add(.warning(SiteFolder.settingsPath, "no `base_url`: QR codes, the sitemap and canonical links are left out, and the feed's links are relative",
                             fix: "add the published address, e.g. `base_url: https://example.edu.cn/achievements/`"))
        }
        if let path = tree.indicatorsYAML, let text = read(path)?.text {
            loadIndicators(text, path: path, into: &config)
        }
        if let path = tree.outline {
            config.outline = loadOutline(path)
        }
        log.add(contentsOf: tree.linkProblems)
        for path in tree.strayMarkdown {
            log.add(.warning(path, "this Markdown file is neither a case nor a page, and is not published",
                             fix: "move it to content/cases/ (a case) or content/pages/ (a page)"))
        }
        let site = config
        let settings = settingsKey(tree)
        let caseFiles = tree.cases
        // A file the watcher vouches for is its cached parse, found before any closure of
        // a parse is made: making them copied the site's settings and this loader for
        // each of 10,000 cases, 4 % of an update in `serve` after a tag edit.
        let vouched = changed?.paths, cache = self.cache, log = self.log
        let parsedCases = parallelMap(caseFiles.count, threads: options.threads) { i -> Case? in
            let file = caseFiles[i]
            if let hit = Self.vouched(file.path, changed: vouched, settings: settings, cache: cache, log: log) {
                return Self.caseStudy(hit)
            }
            return parseCase(file, settings: settings, site: site)
        }
        let pageFiles = tree.pages
        let parsedPages = parallelMap(pageFiles.count, threads: options.threads) { i -> FreePage? in
            let file = pageFiles[i]
            let entry = cached(file.path, settings: settings) { source in
                let (value, problems) = FreePage.parse(source, path: file.path, defaultSlug: defaultSlug(file.defaultSlug))
                return (.page(value), problems + PrivacyScanner(settings: site.review).diagnostics(source.text, path: file.path))
            }
            if case .page(let value)? = entry { return value }
            return nil
        }
        // Forget files that are gone (nothing to forget when the files are the same).
        if !sameFiles { cache.keep(only: Set(caseFiles.map(\.path) + pageFiles.map(\.path))) }
        return Loaded(tree: tree, config: config, cases: parsedCases.compactMap { $0 }, pages: parsedPages.compactMap { $0 })
    }

    /// Parses the case files `files` again after an edit, with the settings of `site`, for
    /// `SiteSession`'s fast path; their diagnostics go to the log. Nil when one of them
    /// can no longer be read as a case.
    func reparse(_ files: [SourceTree.CaseFile], site: SiteConfig, tree: SourceTree) -> [String: Case]? {
        let settings = settingsKey(tree)
        var result: [String: Case] = [:]
        for file in files {
            guard let value = parseCase(file, settings: settings, site: site) else { return nil }
            result[file.path] = value
        }
        return result
    }

    /// What every case's parse depends on besides its own text: a case's problems depend
    /// on the categories, so any change of site.yaml parses every case again.
    /// The framework file counts as settings: a case's warnings depend on its indicators.
    private func settingsKey(_ tree: SourceTree) -> Int {
        var hasher = Hasher()
        for path in [tree.siteYAML, tree.indicatorsYAML] {
            hasher.combine(path.flatMap { FileFingerprint(path: options.folder.path($0)) })
        }
        return hasher.finalize()
    }

    /// `content/map.geojson`, or a warning saying why /map/ shows the tile grid instead.
    private func loadOutline(_ path: String) -> MapOutline? {
        guard let data = FileManager.default.contents(atPath: options.folder.path(path)) else {
            log.add(.warning(path, "cannot read the map outline", fix: "check the file's permissions; /map/ shows the tile grid of provinces meanwhile"))
            return nil
        }
        switch MapOutline.parse(data, file: path) {
        case .success(let outline):
            return outline
        case .failure(.notJSON(let why)):
            log.add(.warning(path, "the map outline is not JSON (\(why)): /map/ shows the tile grid of provinces",
                             fix: "export it again as GeoJSON (a FeatureCollection), e.g. from QGIS or geojson.io"))
        case .failure(.noAreas):
            log.add(.warning(path, "the map outline has no area to draw: /map/ shows the tile grid of provinces",
                             fix: "it needs Polygon or MultiPolygon features with a `name` property (the county or city, in Chinese)"))
        }
        return nil
    }

    /// `content/indicators.yaml` into `config`; a framework in site.yaml as well is an
    /// error (one of the two would be silently ignored).
    private func loadIndicators(_ text: String, path: String, into config: inout SiteConfig) {
        let (framework, problems) = IndicatorParser.parseFile(text, path: path)
        log.add(contentsOf: problems)
        if let settings = config.indicators.file {
            log.add(.error(path, "the indicators are defined twice: in \(settings) and in this file",
                           fix: "keep one: delete `indicators:` from \(settings), or delete this file"))
            return
        }
        config.indicators = framework
    }

    /// The case in `file`, through the parse cache; nil when it has errors or cannot be read.
    private func parseCase(_ file: SourceTree.CaseFile, settings: Int, site: SiteConfig) -> Case? {
        let entry = cached(file.path, settings: settings) { source in
            let (value, problems) = CaseParser.parse(source, path: file.path, defaultSlug: defaultSlug(file.defaultSlug),
                                                     bundlePath: file.bundlePath, site: site)
            // Personal data is looked for in the whole file, at the place it is written;
            // the parse cache keeps the warnings (its settings key covers site.yaml).
            let scanner = PrivacyScanner(settings: site.review)
            return (.caseStudy(value), problems + scanner.diagnostics(source.text, path: file.path)
                        + (value.map { scanner.slugDiagnostics($0.slug, path: file.path) } ?? []))
        }
        return Self.caseStudy(entry)
    }

    private static func caseStudy(_ parsed: ParseCache.Parsed?) -> Case? {
        if case .caseStudy(let value)? = parsed { return value }
        return nil
    }

    /// The cached parse of `path` when the watcher vouches for the file (it is not among
    /// `changed`), its diagnostics logged; nil when the file must be looked at.
    private static func vouched(_ path: String, changed: Set<String>?, settings: Int,
                                cache: ParseCache, log: DiagnosticLog) -> ParseCache.Parsed? {
        guard let changed, !changed.contains(path), let hit = cache.trusted(path, settings: settings) else { return nil }
        log.add(contentsOf: hit.diagnostics)
        return hit.value
    }

    /// The parse of `path`, from the cache when the file is unchanged; its diagnostics are
    /// logged either way, since every build reports every problem.
    private func cached(_ path: String, settings: Int,
                        parse: (SourceText) -> (ParseCache.Parsed, [Diagnostic])) -> ParseCache.Parsed? {
        if let hit = Self.vouched(path, changed: changed?.paths, settings: settings, cache: cache, log: log) { return hit }
        // A build that ends with the process never asks the cache again: its files are
        // read without a fingerprint (a `stat` each) and not stored.
        let fingerprint = options.endsWithProcess ? nil : FileFingerprint(path: options.folder.path(path))
        if let hit = cache.lookup(path, fingerprint: fingerprint, settings: settings) {
            log.add(contentsOf: hit.diagnostics)
            return hit.value
        }
        let local = DiagnosticLog()
        guard let source = read(path, log: local) else {
            log.add(contentsOf: local.all)
            return nil
        }
        let (value, problems) = parse(source)
        local.add(contentsOf: problems)
        let diagnostics = local.all
        log.add(contentsOf: diagnostics)
        if let fingerprint { cache.store(path, .init(fingerprint: fingerprint, settings: settings, value: value, diagnostics: diagnostics)) }
        return value
    }

    /// Whether `paths` are all existing cases or pages of `tree` (no file added, removed
    /// or renamed, no settings or assets changed).
    static func onlyEdits(_ paths: Set<String>, in tree: SourceTree) -> Bool {
        guard !paths.isEmpty else { return false }
        let known = Set(tree.cases.map(\.path) + tree.pages.map(\.path))
        return paths.allSatisfy { known.contains($0) }
    }

    private func defaultSlug(_ name: String) -> String {
        let slug = Slug.pathSegment(name)
        return slug.isEmpty ? "case" : slug
    }

    /// The file's text; a diagnostic and nil when it cannot be read or is not text.
    private func read(_ path: String, log: DiagnosticLog? = nil) -> SourceText? {
        let log = log ?? self.log
        guard let data = FileManager.default.contents(atPath: options.folder.path(path)) else {
            log.add(.error(path, "cannot read this file", fix: "check that it exists and that you may read it"))
            return nil
        }
        let bytes = Array(data)
        guard let source = SourceText(bytes: bytes) else {
            let (line, column) = SourceText.firstInvalidUTF8(in: bytes)
            log.add(.error(path, line: line, column: column, "the file is not UTF-8 text",
                           fix: "open it in your editor and save it with the encoding \"UTF-8\""))
            return nil
        }
        if let removed = source.removed {
            log.add(.warning(path, line: removed.line, column: removed.column,
                             "an invisible control character (\(InvisibleCharacters.name(removed.scalar))) is in the file; it was left out, with any others",
                             fix: "delete it: such characters often come with text copied from a PDF or a Word file"))
        }
        if source.encoding == .big5 {
            log.add(.warning(path, "the file is Big5 (Traditional Chinese), not UTF-8; it was read as Big5",
                             fix: "save it again with the encoding \"UTF-8\" so every tool reads it the same way"))
        }
        if source.encoding == .gb18030 {
            log.add(.warning(path, "the file is GBK/GB18030, not UTF-8; it was read as GB18030",
                             fix: "save it again with the encoding \"UTF-8\" so every tool reads it the same way"))
        }
        return source
    }
}

import ExhibitText
