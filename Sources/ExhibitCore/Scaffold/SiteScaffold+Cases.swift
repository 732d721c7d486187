/// The new site's cases of the other three standard categories: a category with no case
/// is left out of the site with a warning, and a new site builds with none.
extension SiteScaffold {
    static let startupCase = """
    ---
    title: 智慧农机从实验室走向田间
    date: 2024-06-18
    category: innovation-entrepreneurship
    summary: 机械工程专业研究生团队把课题中的播种监测装置做成产品，注册公司并在三个县推广。
    tags: [创新创业, 智慧农业, 成果转化]
    organization: 机械工程学院研究生党支部
    metrics:
      - {label: 推广面积, value: 2.4, unit: 万亩}
      - {label: 申请专利, value: 5, unit: 项}
      - {indicator: research-conversion, value: 60}
      - {indicator: jobs-created, value: 12}
    ---
    团队以支部为核心组建，课题组导师担任技术顾问，学校孵化器提供场地与融资对接。

    """

    static let researchCase = """
    ---
    title: 党员攻关小组突破盐碱地改良技术
    date: 2024-03-08
    category: research
    summary: 资源环境学院组建党员攻关小组，研发盐碱地土壤改良剂，试验田小麦亩产提高两成。
    tags: [科研攻关, 盐碱地, 党建引领]
    organization: 资源环境学院研究生党支部
    metrics:
      - {label: 试验田面积, value: 300, unit: 亩}
      - {label: 发表论文, value: 4, unit: 篇}
    ---
    攻关小组把组会开在试验田边，每周由一名党员研究生汇报进展，问题当场分工解决。

    """

    static let serviceCase = """
    ---
    title: 银龄数字课堂：教老人用好智能手机
    date: 2024-11-02
    category: social-service
    summary: 研究生志愿者走进 8 个社区，为老人讲授挂号、支付和防诈骗，编写大字版图解手册。
    tags: [志愿服务, 适老化, 社区]
    organization: 计算机学院研究生党支部
    metrics:
      - {label: 服务老人, value: 640, unit: 名}
      - {label: 开设课堂, value: 48, unit: 次}
      - {indicator: member-participation, value: 85}
      - {indicator: satisfaction, value: 96}
    ---
    每次课堂一名志愿者讲、三名志愿者一对一辅导，课后把常见问题整理进手册。

    """
}
