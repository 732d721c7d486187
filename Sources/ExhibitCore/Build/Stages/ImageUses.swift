/// Every use of a file of the site as a picture, where it is written: case covers,
/// Markdown images of cases and pages, and site.yaml's `logo` and `hero_image`. The
/// image stage publishes these files as variants; `ImageChecks` warns at these lines.
struct ImageUses {
    struct Use: Sendable {
        /// The Markdown file or site.yaml that names the image.
        var path: String
        var use: ImageUse
        /// The widest the picture is shown, in pixels, when it is known to be large (a
        /// case's cover): a smaller original is a warning.
        var shownAt: Int? = nil
    }

    /// A case's cover is shown across the page's main column (up to 1,200 CSS px, about
    /// 800 on a laptop): below 960 px it is blurred on most screens.
    static let coverWidth = 960

    /// The uses of the cases at `cases`, or of the whole site (pages and site images too)
    /// when nil.
    static func collect(model: SiteModel, bodies: MarkdownStage.Bodies, cases: [Int]? = nil) -> [Use] {
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        var uses: [Use] = []
        for i in cases ?? Array(model.cases.indices) where i < bodies.cases.count {
            let c = model.cases[i]
            if let cover = c.cover, let file = resolver.contentFile(cover, from: c.sourcePath) {
                uses.append(Use(path: c.sourcePath, use: ImageUse(file: file, written: cover, line: c.coverLine, column: 1),
                                shownAt: coverWidth))
            }
            uses += bodies.cases[i].images.map { Use(path: c.sourcePath, use: $0) }
        }
        guard cases == nil else { return uses }
        for (i, page) in model.pages.enumerated() where i < bodies.pages.count {
            uses += bodies.pages[i].images.map { Use(path: page.sourcePath, use: $0) }
        }
        if let settings = model.config.settingsFile {
            for image in [model.config.logo, model.config.heroImage].compactMap({ $0 }) {
                guard let file = resolver.contentFile(image.path, from: settings) else { continue }
                uses.append(Use(path: settings, use: ImageUse(file: file, written: image.path, line: image.line, column: image.column)))
            }
        }
        return uses
    }
}
