import ExhibitText
import Foundation

/// `exhibit new case "标题"`: a case file named by the title's pinyin slug
/// (`content/cases/xiao-qi-dang-jian-gong-jian.md`), with its front matter filled in:
/// the title, today's date, the category (the first of site.yaml unless one is given)
/// and, in comments, the valid category ids and the optional keys to fill in.
public struct CaseScaffold: Sendable {
    public var siteRoot: URL
    public var title: String
    /// A category id from site.yaml; nil takes the first.
    public var category: String?
    public var date: Date

    public init(siteRoot: URL, title: String, category: String? = nil, date: Date = Date()) {
        self.siteRoot = siteRoot.standardizedFileURL
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.category = category
        self.date = date
    }

    /// The site's settings: content/site.yaml (or site.yml, as `build` reads it), or the
    /// defaults when there is none.
    func siteConfig() throws -> SiteConfig {
        let site = SiteFolder(root: siteRoot)
        let content = site.content
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScaffoldError.noSite(siteRoot.path)
        }
        guard let settings = site.settingsFile(), let data = FileManager.default.contents(atPath: site.path(settings)) else {
            return SiteConfig()
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let config = SiteConfigParser.parse(text).0
        return config.categories.isEmpty ? SiteConfig() : config
    }

    /// The path of the new file, relative to the site (`content/cases/<slug>.md`).
    public func path() throws -> String {
        let slug = Slug.pathSegment(title)
        guard !slug.isEmpty else { throw ScaffoldError.noSlug(title) }
        return "\(SiteFolder.casesPath)/\(slug).md"
    }

    /// Writes the case; returns its path relative to the site. Throws, writing nothing,
    /// when the file (or a case folder of that name) exists or the category is unknown.
    @discardableResult
    public func create() throws -> String {
        let config = try siteConfig()
        let path = try path()
        let text = try frontMatter(config: config)
        let folder = String(path.dropLast(3))  // content/cases/<slug>: a case folder of that name
        if FileManager.default.fileExists(atPath: SiteFolder(root: siteRoot).path(folder)) {
            throw ScaffoldError.exists(folder + "/")
        }
        return try ScaffoldWriter.write([(path, text)], under: siteRoot)[0]
    }

    /// The new file's text.
    public func frontMatter(config: SiteConfig) throws -> String {
        let ids = config.categories.map(\.id)
        let chosen = category ?? ids.first ?? "research"
        guard config.category(chosen) != nil else { throw ScaffoldError.unknownCategory(chosen, ids: ids) }
        let english = config.language == "en"
        let choices = config.categories.map { $0.name.isEmpty || $0.name == $0.id ? $0.id : "\($0.id)（\($0.name)）" }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: date)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        let month = String(day.prefix(7))
        let lines: [String]
        if english {
            lines = [
                "---",
                "title: \(YAMLScalar.text(title))",
                "date: \(day)",
                "# category: one of \(ids.joined(separator: ", "))",
                "category: \(chosen)",
                "# Fill in and uncomment (remove the leading #) what this case has:",
                "# summary: One or two sentences; without it, the first sentences of the text",
                "# tags: [tag one, tag two]",
                "# organization: the branch or team",
                "# partners: [partner one, partner two]",
                "# cover: cover.jpg            # an image beside this file",
                "# cover_alt: what the picture shows",
                "# featured: true              # shown on the home page",
                "# metrics:                    # the achievement's figures; value is a number",
                "#   - {label: Households served, value: 200, unit: households}",
                "# milestones:",
                "#   - {date: \(month), title: Project started}",
                "---",
                "Write the story of the case here: why it started, what was done, what came of it.",
                "",
            ]
        } else {
            lines = [
                "---",
                "title: \(YAMLScalar.text(title))",
                "date: \(day)",
                "# category 可选：\(choices.joined(separator: "、"))",
                "category: \(chosen)",
                "# 以下各项按需填写，并删去行首的 # 号：",
                "# summary: 一两句话的摘要；不写则取正文开头几句",
                "# tags: [标签一, 标签二]",
                "# organization: 所在党支部或团队",
                "# partners: [合作单位一, 合作单位二]",
                "# cover: cover.jpg            # 与本文件放在一起的图片",
                "# cover_alt: 描述图片的内容",
                "# featured: true              # 在首页展示",
                "# metrics:                    # 成果数据：value 只写数字，单位写在 unit",
                "#   - {label: 受益农户, value: 200, unit: 户}",
                "# milestones:",
                "#   - {date: \(month), title: 项目启动}",
                "---",
                "在这里写案例正文：缘起、做法、成效与体会。",
                "",
            ]
        }
        return lines.joined(separator: "\n")
    }
}
