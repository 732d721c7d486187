/// The new site's evaluation index system, `content/indicators.yaml`: the five dimensions
/// the research behind Exhibit proposes for Party building and university–enterprise
/// partnerships, as a starting point an evaluation committee adapts.
extension SiteScaffold {
    static let indicatorsYAML = """
    # 评价指标体系：案例的 metrics 可以写 `- {indicator: member-participation, value: 86.5}`，
    # 名称和单位取自这里。kind：count 为数量（全站合计），rate 比率、score 评分、index 指数
    # 不相加（给出范围、中位数和分布）。target 为目标值；better: lower 表示越低越好；
    # required: true 表示每个案例都应报告（exhibit check 会列出没有报告的案例）。
    indicators:
      - id: organisation
        name: 组织建设
        indicators:
          - {id: member-participation, name: 党员参与率, unit: "%", kind: rate, target: 90}
          - {id: joint-activities, name: 联合党建活动频次, unit: 次, kind: count}
          - {id: organisation-score, name: 党组织建设完善度评分, unit: 分, kind: score, target: 85}
      - id: resource-sharing
        name: 资源共享
        indicators:
          - {id: shared-teaching-resources, name: 共建教学资源数, unit: 项, kind: count}
          - {id: joint-research-projects, name: 联合科研项目数, unit: 项, kind: count}
          - {id: talent-exchanges, name: 人才交流互动次数, unit: 人次, kind: count}
      - id: social-benefit
        name: 社会效益
        indicators:
          - {id: added-output, name: 新增产值, unit: 万元, kind: count}
          - {id: jobs-created, name: 新增就业岗位, unit: 个, kind: count}
          - {id: social-influence, name: 社会影响力指数, kind: index}
      - id: innovation
        name: 创新发展
        indicators:
          - {id: innovation-cases, name: 党建创新实践案例数, unit: 个, kind: count}
          - {id: research-conversion, name: 科研成果转化率, unit: "%", kind: rate}
          - {id: teaching-innovation, name: 教学模式创新评分, unit: 分, kind: score}
      - id: feedback
        name: 评价反馈
        indicators:
          - {id: satisfaction, name: 评价满意度指数, kind: index, target: 90}
          - {id: rectification, name: 问题整改完成率, unit: "%", kind: rate, target: 100}

    """
}
