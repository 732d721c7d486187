/// site.yaml's `logo` and `hero_image` are content files, checked like a cover: they can
/// only be resolved once the site's files are known, so here rather than in the parser.
extension MarkdownStage {
    /// A missing file, or a file on the editor's computer, is a warning at its line; a web
    /// address an error, since the header and the hero need a file the site publishes (and
    /// that works offline, from a USB stick).
    static func checkSiteImages(model: SiteModel, log: DiagnosticLog) {
        guard let file = model.config.settingsFile else { return }
        for image in [model.config.logo, model.config.heroImage].compactMap({ $0 }) {
            let example = image.key == "logo" ? "images/logo.svg" : "images/hero.jpg"
            switch siteImageResolution(image, model: model) {
            case .url: continue
            case .external:
                log.add(.error(file, line: image.line, column: image.column, "`\(image.key)` is `\(image.path)`: it must be an image in content/, not a web address",
                               fix: "download it into content/ and give its path relative to content/: `\(image.key): \(example)`"))
            case .localFile:
                log.add(.warning(file, line: image.line, column: image.column, "`\(image.key)` is `\(image.path)`, a file on your computer, not in the site: it would not be published",
                                 fix: "copy it into content/ and give its path relative to content/: `\(image.key): \(example)`"))
            case .missing(let target):
                log.add(.warning(file, line: image.line, column: image.column, "the \(image.key) `\(image.path)` does not exist (looked for \(target))",
                                 fix: "a path is read from content/: put the image there, or correct the path (`\(image.key): \(example)`)"))
            }
        }
    }

    /// Where a site image is published, from the site root (`images/logo.svg`).
    static func siteImageResolution(_ image: SiteConfig.SiteImage, model: SiteModel) -> LinkResolver.Resolution {
        LinkResolver(outputBySource: model.outputBySource)
            .resolve(image.path, from: model.config.settingsFile ?? SiteFolder.settingsPath, pageDirectory: "", image: true)
    }
}
