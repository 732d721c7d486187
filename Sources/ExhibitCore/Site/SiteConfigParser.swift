import ExhibitMarkdown
import ExhibitText
import Yams

/// Reads content/site.yaml into a `SiteConfig`, reporting every problem with its line.
enum SiteConfigParser {
    /// What diagnostics name until the loader puts the file it read (site.yaml or site.yml).
    static let path = SiteFolder.settingsPath

    static func parse(_ text: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        let root: Node?
        do {
            root = try YAMLDocument.compose(text)
        } catch {
            // Nothing of the settings can be trusted: categories, base_url and the rest
            // are the defaults, and what follows from them must not be reported as
            // problems of its own (`readable` tells the loader).
            config.readable = false
            return (config, [YAMLProblem.diagnostic(for: error, path: path, lineOffset: 0, yaml: text, document: .siteSettings)])
        }
        var reader = FieldReader(path: path, lineOffset: 0)
        guard case .mapping(let mapping)? = root else {
            if let root {
                config.readable = false
                reader.error(root, "site.yaml must be a list of `key: value` lines", fix: "start with `title: 成果展`")
            }
            return (config, reader.diagnostics)
        }
        let fields = mapping.map { FrontMatter.Field(key: $0.key.scalarText ?? "", keyNode: $0.key, value: $0.value) }
        if let oversized = YAMLSize.firstOversized(fields) {
            config.readable = false
            return (config, [YAMLSize.diagnostic(key: oversized.key, node: oversized.node, path: path, lineOffset: 0, document: .siteSettings)])
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalarText ?? ""
            switch key {
            case "title": config.title = reader.string(value, key: key) ?? config.title
            case "subtitle": config.subtitle = reader.string(value, key: key) ?? ""
            case "description": config.description = reader.string(value, key: key) ?? ""
            case "author": config.author = reader.string(value, key: key) ?? ""
            case "language":
                let language = reader.string(value, key: key) ?? "zh-CN"
                if SiteConfig.languages.contains(language) {
                    config.language = language
                } else {
                    reader.error(value, "unknown language `\(language)`",
                                 fix: "write `language: zh-CN` or `language: en`")
                }
            case "base_url":
                config.baseURLWritten = true
                if var url = reader.string(value, key: key) {
                    if let problem = BaseURL.problem(url) {
                        reader.error(value, problem.message, fix: problem.fix)
                    } else {
                        if !url.hasSuffix("/") { url += "/" }
                        config.baseURL = url
                    }
                }
            case "per_page":
                if let n = reader.string(value, key: key) {
                    if let count = Int(n), count > 0 { config.perPage = count } else {
                        reader.error(value, "`per_page` must be a whole number above 0, not `\(n)`", fix: "write e.g. `per_page: 12`")
                    }
                }
            case "unsafe_html": config.unsafeHTML = reader.bool(value, key: key) ?? false
            case "keep_image_metadata": config.keepImageMetadata = reader.bool(value, key: key) ?? false
            case "rate_labels": config.rateLabels = Set(reader.stringList(value, key: key))
            case "categories":
                config.categories = categories(value, reader: &reader)
                if case .sequence(let items) = value {
                    for item in items {
                        if case .mapping(let map) = item, let id = map["id"]?.string { config.categoryLines[id] = reader.position(item).line }
                    }
                }
            case "logo", "hero_image":
                if let path = reader.string(value, key: key), !path.isEmpty {
                    if !URLSafety.isSafe(path) {
                        reader.error(value, "`\(key)` is `\(path)`: a `javascript:` or `data:` address runs script, and is never published",
                                     fix: "put the image in content/ and give its path: `\(key): images/\(key == "logo" ? "logo.svg" : "hero.jpg")`")
                    } else {
                        let (line, column) = reader.position(value)
                        let image = SiteConfig.SiteImage(path: path, line: line, column: column, key: key)
                        if key == "logo" { config.logo = image } else { config.heroImage = image }
                    }
                }
            case "menu": config.menu = menu(value, reader: &reader)
            case "kiosk": config.kiosk = kiosk(value, reader: &reader)
            case "require_review": config.review.requireReview = reader.bool(value, key: key) ?? false
            case "review": config.review.flagWords = reviewFlagWords(value, reader: &reader)
            case "privacy_ok": config.review.allowed = Set(reader.stringList(value, key: key).map(ReviewSettings.normalized))
            case "indicators":
                config.indicators = IndicatorParser.parse(value, reader: &reader)
                config.indicators.file = path
            case "print": config.print = print(value, reader: &reader)
            default:
                if let guess = Suggestion.closest(to: key, in: SiteConfig.knownKeys) {
                    reader.warning(keyNode, "unknown key `\(key)` in site.yaml; did you mean `\(guess)`?",
                                   fix: "rename it to `\(guess)`, or keep it: templates see it as site.extra.\(key)")
                }
                config.extra.append((key, YAMLValue(value)))
            }
        }
        return (config, reader.diagnostics)
    }

    private static func categories(_ node: Node, reader: inout FieldReader) -> [Category] {
        guard case .sequence(let items) = node else {
            reader.error(node, "`categories` must be a list", fix: "write `categories:` then lines `  - {id: research, name: 科研攻关}`")
            return SiteConfig.defaultCategories
        }
        var result: [Category] = []
        for item in items {
            guard case .mapping(let map) = item, let id = map["id"].flatMap({ reader.string($0, key: "id") }), !id.isEmpty else {
                reader.error(item, "each category needs an `id`", fix: "write `- {id: research, name: 科研攻关, description: …}`")
                continue
            }
            if !Slug.isURLSafe(id) {
                reader.error(map["id"] ?? item, "category id `\(id)` must be lower-case letters, digits and hyphens",
                             fix: "it becomes the URL /categories/\(Slug.make(id))/: write `id: \(Slug.make(id))`")
                continue
            }
            if id.utf8.count > Slug.maxLength {
                reader.error(map["id"] ?? item, "the category id is \(id.utf8.count) characters long; an id may have at most \(Slug.maxLength)",
                             fix: "it becomes the URL /categories/<id>/: shorten it, e.g. `id: \(Slug.limited(id))`")
                continue
            }
            if result.contains(where: { $0.id == id }) {
                reader.error(map["id"] ?? item, "the category `\(id)` is listed twice", fix: "delete one of them")
                continue
            }
            let name = map["name"].flatMap { reader.string($0, key: "name") } ?? id
            let description = map["description"].flatMap { reader.string($0, key: "description") } ?? ""
            result.append(Category(id: id, name: name, description: description))
        }
        return result
    }

    private static func menu(_ node: Node, reader: inout FieldReader) -> [MenuItem]? {
        guard case .sequence(let items) = node else {
            reader.error(node, "`menu` must be a list", fix: "write `menu:` then lines `  - {name: 关于, url: about/}`")
            return nil
        }
        return items.compactMap { item in
            guard case .mapping(let map) = item,
                  let name = map["name"].flatMap({ reader.string($0, key: "name") }),
                  let url = map["url"].flatMap({ reader.string($0, key: "url") }) else {
                reader.error(item, "each menu entry needs `name` and `url`", fix: "write `- {name: 关于, url: about/}`")
                return nil
            }
            if let problem = menuURLProblem(url) {
                reader.error(map["url"] ?? item, "the menu entry `\(name)` links to `\(url)`: \(problem)",
                             fix: "link a page of the site (`url: about/`) or a web address (`url: https://…`)")
                return nil
            }
            return MenuItem(name: name, url: url)
        }
    }

    /// Why a menu URL may not be used, if it may not. The menu is on every page, so a
    /// script URL there would run wherever a visitor clicks it; besides pages of the site
    /// only web, mail and phone addresses make sense in a navigation bar.
    static func menuURLProblem(_ url: String) -> String? {
        if !URLSafety.isSafe(url) { return "a `javascript:` or `data:` address runs script, and is never published" }
        let scheme = url.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }
        guard scheme.count < url.count, url[scheme.endIndex] == ":" else { return nil }
        let allowed = ["http", "https", "mailto", "tel"]
        return allowed.contains(scheme.lowercased()) ? nil : "`\(scheme):` addresses are not allowed in the menu"
    }
}

import ExhibitText
