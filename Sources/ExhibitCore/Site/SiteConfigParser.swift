import Yams

/// Reads content/site.yaml into a `SiteConfig`, reporting every problem with its line.
enum SiteConfigParser {
    static let path = "content/site.yaml"

    static func parse(_ text: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            return (config, [YAMLProblem.diagnostic(for: error, path: path, lineOffset: 0)])
        }
        var reader = FieldReader(path: path, lineOffset: 0)
        guard case .mapping(let mapping)? = root else {
            if let root { reader.error(root, "site.yaml must be a list of `key: value` lines", fix: "start with `title: 成果展`") }
            return (config, reader.diagnostics)
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
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
                if var url = reader.string(value, key: key) {
                    if !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                        reader.error(value, "`base_url` must be an absolute http(s) URL, not `\(url)`",
                                     fix: "write the published address, e.g. `base_url: https://example.edu.cn/achievements/`")
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
            case "rate_labels": config.rateLabels = Set(reader.stringList(value, key: key))
            case "categories": config.categories = categories(value, reader: &reader)
            case "menu": config.menu = menu(value, reader: &reader)
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
            return MenuItem(name: name, url: url)
        }
    }
}

import ExhibitText
