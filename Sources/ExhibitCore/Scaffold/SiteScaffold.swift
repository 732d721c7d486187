import Foundation

/// `exhibit new site DIR`: a site that builds at once with no warnings: site.yaml with
/// the five standard categories, the five-dimension indicator framework
/// (`content/indicators.yaml`), a sample case in each category (two with milestones, some
/// reporting indicators), and an about page. No templates/: the default theme is built into the binary.
public struct SiteScaffold: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The files of a new site, by path relative to its folder.
    public static let files: [(path: String, text: String)] = [
        (SiteFolder.settingsPath, siteYAML),
        (SiteFolder.indicatorsPath, indicatorsYAML),
        ("content/cases/tea-science-courtyard.md", teaCase),
        ("content/cases/red-archives-online.md", archiveCase),
        ("content/cases/smart-farm-machinery.md", startupCase),
        ("content/cases/saline-soil-research.md", researchCase),
        ("content/cases/digital-classroom-for-elders.md", serviceCase),
        ("content/pages/about.md", aboutPage),
    ]

    /// Writes the site; returns the paths written. Throws, writing nothing, when the
    /// folder is a file or already has a content/ folder.
    @discardableResult
    public func create() throws -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ScaffoldError.exists(root.path) }
            let content = SiteFolder(root: root).content
            if FileManager.default.fileExists(atPath: content.path) { throw ScaffoldError.exists(content.path) }
        }
        return try ScaffoldWriter.write(Self.files, under: root)
    }

    static let siteYAML = """
    # 站点设置。改完保存后运行 exhibit build（或 exhibit serve 边改边看）。
    title: 研究生创新成果展
    subtitle: 党建引领 · 创新驱动 · 服务社会
    description: 展示研究生和研究生党支部在乡村振兴、红色文化、创新创业、科研攻关和社会服务中的代表性成果。
    language: zh-CN          # 界面语言：zh-CN 或 en
    # 网站发布后的地址（以 / 结尾）：二维码、站点地图和订阅源都用它。请改成你们的实际地址。
    base_url: https://example.edu.cn/achievements/
    author: 研究生院
    per_page: 6              # 列表每页显示的案例数
    # 案例分类：每个案例的 category 写这里的 id。
    categories:
      - id: rural-revitalization
        name: 乡村振兴
        description: 以科技、人才和电商资源助力产业兴旺与农民增收。
      - id: red-culture
        name: 红色文化
        description: 保护、整理和传播革命旧址、红色文物与口述历史。
      - id: innovation-entrepreneurship
        name: 创新创业
        description: 孵化研究生创业项目，推动科研成果走出实验室。
      - id: research
        name: 科研攻关
        description: 党建与科研深度融合，在关键技术上取得突破。
      - id: social-service
        name: 社会服务
        description: 发挥专业所长，为基层群众提供志愿服务。

    """

    static let teaCase = """
    ---
    title: 科技小院助力山区茶产业提质增效
    date: 2024-05-20
    category: rural-revitalization
    summary: 茶学专业研究生驻村两年，建起科技小院，以绿色防控和品牌直播带动 150 户茶农增收。
    tags: [科技小院, 茶产业, 电商直播]
    organization: 园艺学院研究生党支部
    partners: [云岭镇人民政府, 云岭茶叶专业合作社]
    featured: true
    metrics:
      - {label: 带动茶农, value: 150, unit: 户}
      - {indicator: member-participation, value: 92}
      - {indicator: added-output, value: 96}
      - {label: 茶叶亩产增加, value: 18, unit: "%"}
      - {label: 线上销售额, value: 96, unit: 万元}
    milestones:
      - {date: 2022-09, title: 研究生入驻云岭镇，建立科技小院}
      - {date: 2023-04, title: 推广绿色防控技术，建成示范茶园}
      - {date: 2024-03, title: 注册区域品牌，开展直播助销}
    ---
    云岭镇是典型的山区茶乡，茶园分散、管理粗放，好茶卖不出好价钱。2022 年秋，园艺学院研究生党支部选派 6 名茶学专业研究生常驻镇上，把实验室搬进茶园。

    ## 把论文写在茶园里

    研究生们逐块调查茶园的病虫害和土壤状况，推广“黄板诱杀 + 生物农药”的绿色防控办法，并手把手教茶农修剪和施肥。

    ## 让好茶走出大山

    支部联合合作社注册区域品牌，培训茶农直播带货。与红色档案数字化团队的经验交流，见[红色档案上“云”](red-archives-online.md)。

    """

    static let archiveCase = """
    ---
    title: 红色档案上“云”：革命老区口述史数字化
    date: 2024-09-12
    category: red-culture
    summary: 历史学研究生走访 30 位老党员和革命后代，整理口述史并建成线上展厅，让红色记忆可听、可看、可传。
    tags: [口述史, 数字化, 红色文化]
    organization: 历史文化学院研究生党支部
    partners: [市档案馆, 市党史研究室]
    metrics:
      - {label: 采访老党员和革命后代, value: 30, unit: 位}
      - {label: 整理口述录音, value: 120, unit: 小时}
      - {label: 线上展厅访问, value: 5.6, unit: 万人次}
    milestones:
      - {date: 2023-07, title: 组建口述史采集小组，开展第一轮走访}
      - {date: 2024-01, title: 完成录音转写与档案比对}
      - {date: 2024-09, title: 线上展厅正式开放}
    ---
    革命老区的许多亲历者年事已高，口述记忆亟待抢救。历史文化学院研究生党支部把口述史采集作为支部的主题实践，一年多来走遍老区的 12 个乡镇。

    ## 抢救记忆

    每一次采访都有两名研究生同行：一人提问，一人录音录像。采访后逐字转写，再与档案馆的馆藏资料相互印证。

    ## 线上展厅

    整理后的口述史按人物、事件和地点编排，配上老照片和地图，建成线上展厅，供党课和中小学思政课使用。

    """

    static let aboutPage = """
    ---
    title: 关于本展
    summary: 本展集中展示研究生和研究生党支部的创新实践成果。
    ---
    “研究生创新成果展”面向全校研究生党支部、服务团和科研团队征集案例，经学院推荐后集中展出，既有网站，也有可打印的展板版本。

    ## 如何投稿

    每个案例是 `content/cases/` 下的一个 Markdown 文件。运行 `exhibit new case "案例标题"` 即可生成一份填好格式的新案例。

    """
}
