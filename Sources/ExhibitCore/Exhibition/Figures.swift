import ExhibitText
import Foundation

/// The figures of all cases together, for the dashboard and the home page's headline:
/// counts of cases by category, year and organization, and every metric summed (or, for
/// rates, given as a range). Every list has a fixed order so the pages are the same bytes
/// on every build.
public struct Figures: Sendable {
    /// Every category of the site in site order, with its number of cases (zero included,
    /// so an empty category is visible rather than missing).
    public var casesByCategory: [(category: Category, count: Int)]
    /// Years that have cases, newest first.
    public var casesByYear: [(year: Int, count: Int)]
    /// Organizations, most cases first, then by name.
    public var casesByOrganization: [(name: String, count: Int)]
    /// Summed metrics by total (largest first), then rates and unknown units by label.
    public var metrics: [MetricTotal]
    /// Up to four sums for the home page's headline: those marked `headline: true`, then
    /// the largest reported by several cases, then the largest of one case's (a hero
    /// with one figure looks broken).
    public var headline: [MetricTotal]
    /// Distinct organizations that carried out cases.
    public var organizations: Int
    /// Distinct partners named by any case.
    public var partners: Int
    /// Number of cases counted.
    public var cases: Int

    /// How many metrics the headline shows.
    public static let headlineCount = 4

    /// `rateLabels` are the metric labels site.yaml declares as rates, never summed.
    public init(cases: [Case], categories: [Category], rateLabels: Set<String> = []) {
        self.init(cases: cases, categories: categories, groups: MetricGroups(cases: cases, rateLabels: rateLabels))
    }

    /// The figures of `cases`, whose figures `groups` numbers.
    init(cases: [Case], categories: [Category], groups: MetricGroups) {
        self.cases = cases.count
        var byCategory: [String: Int] = [:]
        var byYear: [Int: Int] = [:]
        // Organizations and partners by their bytes (`TermName`): CaseParser keeps them in
        // NFC, where canonically equal names are the same bytes. As `String` keys each
        // Chinese name was hashed through Unicode normalisation, 4,000 instructions a
        // partner, 10 million at 1,000 cases.
        var byOrganization: [TermName: Int] = [:]
        var partnerNames = Set<TermName>()
        for c in cases {
            byCategory[c.category, default: 0] += 1
            byYear[c.date.year, default: 0] += 1
            if let org = Self.name(c.organization) { byOrganization[TermName(org), default: 0] += 1 }
            for partner in c.partners { if let p = Self.name(partner) { partnerNames.insert(TermName(p)) } }
        }
        casesByCategory = categories.map { ($0, byCategory[$0.id] ?? 0) }
        casesByYear = byYear.sorted { $0.key > $1.key }.map { ($0.key, $0.value) }
        casesByOrganization = byOrganization.sorted { ($0.value, $1.key.text) > ($1.value, $0.key.text) }.map { ($0.key.text, $0.value) }
        organizations = byOrganization.count
        partners = partnerNames.count
        metrics = Self.totals(Array(cases.indices), of: cases, groups: groups)
        let sums = metrics.filter { ($0.total ?? 0) > 0 }
        headline = Array((sums.filter(\.headline) + sums.filter { !$0.headline && $0.leads } + sums.filter { !$0.leads })
            .prefix(Self.headlineCount))
    }

    /// Groups metrics by (label, unit): "论文 12 篇" and "论文 3 项" are different things,
    /// so a label with two units gives two totals rather than one meaningless sum. Figures
    /// of an indicator are grouped by its id, apart from free figures with its name.
    ///
    /// The totals of the cases at `indices` of `cases`, whose figures `groups` numbers
    /// (`MetricGroups`, made once for the site and shared by every list that adds up).
    static func totals(_ indices: [Int], of cases: [Case], groups: MetricGroups) -> [MetricTotal] {
        // Each group's total in `all`, by group number; a case's groups seen so far are
        // a few numbers.
        var at = [Int32](repeating: -1, count: groups.kinds.count)
        var all: [MetricTotal] = []
        var seen: [Int32] = []
        for index in indices {
            seen.removeAll(keepingCapacity: true)
            let c = cases[index], numbers = groups.groups[index]
            for (m, metric) in c.metrics.enumerated() {
                let group = Int(numbers[m])
                guard group >= 0 else { continue }
                let found = at[group]
                if found >= 0 {
                    let firstInCase = !seen.contains(found)
                    if firstInCase { seen.append(found) }
                    all[Int(found)].add(metric, firstInCase: firstInCase)
                } else {
                    // Named as this list's first figure of the group writes it.
                    let kind = groups.kinds[group]
                    var total = MetricTotal(label: metric.label.trimmed(.whitespacesAndNewlines),
                                            unit: metric.unit.trimmed(.whitespacesAndNewlines), kind: kind,
                                            total: kind == .additive ? metric.value : nil,
                                            minimum: metric.value, maximum: metric.value, cases: 1,
                                            headline: metric.headline, firstCase: index)
                    total.indicator = metric.indicator
                    at[group] = Int32(all.count)
                    seen.append(Int32(all.count))
                    all.append(total)
                }
            }
        }
        // Totals are compared as displayed (two decimals), so float noise in a sum cannot
        // reorder two totals that read the same.
        let sums = all.filter { $0.total != nil }.sorted { a, b in
            let x = rounded(a.total!), y = rounded(b.total!)
            return x != y ? x > y : (a.label, a.unit, a.indicator ?? "") < (b.label, b.unit, b.indicator ?? "")
        }
        let rates = all.filter { $0.total == nil }.sorted { ($0.label, $0.unit, $0.indicator ?? "") < ($1.label, $1.unit, $1.indicator ?? "") }
        return sums + rates
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// A name worth counting: trimmed, not empty.
    private static func name(_ raw: String?) -> String? {
        guard let trimmed = raw?.trimmed(.whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

private extension MetricTotal {
    /// Counts one more figure of the group.
    mutating func add(_ metric: Metric, firstInCase: Bool) {
        total = total.map { $0 + metric.value }
        minimum = min(minimum, metric.value)
        maximum = max(maximum, metric.value)
        if firstInCase { cases += 1 }
        headline = headline || metric.headline
    }
}
