import ExhibitTemplates
import Foundation

/// Loads the theme and checks every page template against a specimen of its page, so a
/// misspelt name or an unclosed section is an error before any page is written.
struct ThemeStage {
    let folder: SiteFolder
    let model: SiteModel
    let log: DiagnosticLog
    var engine = Theme.Engine.exhibit
    var threads = 1
    /// Whether the built-in theme is checked against the specimens too (its tests do).
    var checksBuiltIn = false

    struct Loaded: @unchecked Sendable {
        // Strings and statics are plain values; `Theme` is Sendable.
        let theme: Theme
        let files: ThemeFiles
    }

    /// The theme through the session's cache: loaded and checked again only when a
    /// template, the settings file (`settings`, site-relative) or what the checks depend
    /// on changed. Its diagnostics are logged either way.
    func load(settings: String?, cache: ThemeCache) -> Loaded? {
        let key = ThemeCache.key(folder: folder, settings: settings, model: model)
        let theme: Loaded?
        if let hit = cache.lookup(key) {
            theme = hit.theme
            log.add(contentsOf: hit.diagnostics)
        } else {
            let themeLog = DiagnosticLog()
            theme = ThemeStage(folder: folder, model: model, log: themeLog, engine: engine, threads: threads).load()
            cache.store(key, theme: theme, diagnostics: themeLog.all)
            log.add(contentsOf: themeLog.all)
        }
        return theme
    }

    func load() -> Loaded? {
        let (files, problems) = ThemeFiles.load(folder: folder, language: model.config.language)
        log.add(contentsOf: problems)
        var theme: Theme
        do {
            let sources = files.templates
            let oracle = engine == .swiftMustache
            let checked = !files.isBuiltIn || checksBuiltIn
            theme = try Theme(readings: parallelMap(sources.count, threads: threads) {
                TemplateReading(sources[$0], oracle: oracle, checked: checked)
            })
            theme.engine = engine
        } catch {
            log.add(contentsOf: error.problems.map(Self.diagnostic))
            return nil
        }
        for name in PageKind.all.map(\.template) where !theme.names.contains(name) {
            log.add(.error(SiteFolder.template(name), "the theme has no `\(name)` template",
                           fix: "create \(SiteFolder.template(name)), or delete the file that replaced it"))
        }
        // The built-in theme with its own strings passes every check below, whatever the
        // site (`BuiltInThemeTests` checks it in each built-in language): its templates
        // name only values every specimen has and strings its files have. Checking it on
        // every build was 1.5 % of a 1,000-case build's instructions.
        if files.isBuiltIn && !checksBuiltIn { return Loaded(theme: theme, files: files) }
        let specimen = SpecimenSite(config: model.config, extraKeys: model.extraKeys, strings: files.strings)
        // On all threads (a specimen page's values and the walk of its template, 1 ms
        // each), the problems in the order of the kinds.
        let checked = theme
        let checks = parallelMap(PageKind.all.count, threads: threads) { i in
            let kind = PageKind.all[i]
            return checked.check(kind.template, specimen: specimen.context(for: kind), page: kind.noun)
        }
        for kindProblems in checks { log.add(contentsOf: kindProblems.map(Self.diagnostic)) }
        // The print templates of `exhibit print`, checked on every build so that a broken
        // override is found before the day the booklet is printed.
        for name in PrintPlan.templates {
            guard theme.names.contains(name) else {
                log.add(.error(SiteFolder.template(name), "the theme has no `\(name)` template",
                               fix: "create \(SiteFolder.template(name)), or delete the file that replaced it"))
                continue
            }
            log.add(contentsOf: theme.check(name, specimen: specimen.printContext(for: name), page: "print document").map(Self.diagnostic))
        }
        if theme.names.contains(CardRenderer.template) {
            log.add(contentsOf: theme.check(CardRenderer.template, specimen: specimen.cardContext(), page: "case card")
                .map(Self.diagnostic))
        } else {
            log.add(.error(SiteFolder.template(CardRenderer.template), "the theme has no case card template",
                           fix: "create \(SiteFolder.template(CardRenderer.template))"))
        }
        return Loaded(theme: theme, files: files)
    }

    static func diagnostic(_ problem: TemplateProblem) -> Diagnostic {
        .error(problem.path, line: problem.line, column: problem.column, problem.message, fix: problem.fix)
    }
}
