import Foundation

/// Whether a metric's values may be added up across cases.
///
/// The dashboard sums figures of many cases, and a wrong sum (three "satisfaction 95%"
/// becoming 285%, or three per-household incomes becoming one) is worse than no sum at
/// all. So rates, ratios, averages (by unit or label) and the labels site.yaml declares
/// rates are `.rate`: shown per case or as a range, never summed. Counts and amounts are
/// `.additive`, and so is a unit Exhibit does not know (`米`, `场次`): filing counts in an
/// unknown unit under rates hid them from the totals, so they are summed, and the build
/// warns once (`unknownUnitWarnings`) so that an editor can declare a rate.
public enum MetricKind: String, Sendable, Equatable, CaseIterable {
    /// Counts and amounts: households, people, papers, yuan, hours. Summed.
    case additive
    /// Rates, ratios, averages and unknown units. Never summed.
    case rate

    /// Units whose values add up across cases: counts of things and amounts.
    public static let additiveUnits: Set<String> = [
        // Counters of people and organisations.
        "户", "人", "名", "位", "人次", "万人", "万人次", "家", "所", "村", "镇", "乡", "县", "校", "支", "队", "团",
        // Counters of things and works.
        "个", "项", "篇", "部", "件", "份", "册", "本", "套", "台", "座", "处", "条", "门", "节", "首", "幅", "张",
        "株", "棵", "头", "只", "场", "次", "期", "届", "批", "万册", "万件", "万份", "万次",
        // Amounts of money.
        "元", "万元", "亿元",
        // Time, area, weight.
        "小时", "学时", "课时", "天", "日", "亩", "万亩", "公顷", "平方米", "吨", "万吨", "公斤", "千克", "斤", "万斤",
        // Plain English counters, for sites written in English.
        "people", "persons", "households", "projects", "papers", "patents", "events", "hours", "villages", "schools",
        "shops", "stores", "companies", "jobs", "students", "teams", "courses", "visitors", "items", "times",
        "yuan", "cny", "rmb",
    ]

    /// Units that are rates or ratios.
    public static let rateUnits: Set<String> = ["%", "％", "‰", "‱", "倍", "百分点", "个百分点", "分", "星", "x", "×"]

    /// Parts of a label that make any unit a rate or an average: "人均增收 (元)" is per
    /// person, so adding it across cases means nothing even though 元 is an amount.
    public static let rateLabelMarkers: [String] = ["率", "均", "占比", "比例", "比重", "满意度", "指数", "平均"]

    /// Classifies a metric by its label and unit. `rateLabels` are the labels the site
    /// declares as rates in site.yaml; they are never summed whatever their unit.
    public static func classify(label: String, unit: String, rateLabels: Set<String> = []) -> MetricKind {
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        let unit = unit.trimmingCharacters(in: .whitespacesAndNewlines)
        if rateLabels.contains(label) { return .rate }
        if rateUnits.contains(unit) { return .rate }
        // A unit per something (元/亩, 公斤/亩, 每人) is a ratio however it counts.
        if unit.contains("/") || unit.contains("／") || unit.hasPrefix("每") { return .rate }
        if rateLabelMarkers.contains(where: { label.contains($0) }) { return .rate }
        return .additive
    }

    /// Whether `unit` is one Exhibit knows (a count, an amount, a rate or a ratio); a
    /// metric without a unit counts things.
    public static func isKnown(unit: String) -> Bool {
        let unit = unit.trimmingCharacters(in: .whitespacesAndNewlines)
        return unit.isEmpty || additiveUnits.contains(unit) || additiveUnits.contains(unit.lowercased()) || rateUnits.contains(unit)
            || unit.contains("/") || unit.contains("／") || unit.hasPrefix("每") || MoneyScale.parse(unit) != nil
    }
}
