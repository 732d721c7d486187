import Foundation

/// The figures of the framework's indicators over a set of cases (the whole site on the
/// dashboard, one organization's cases on its scorecard): per indicator the cases that
/// report it, the total of a count, the range, median and distribution of the others,
/// the leading cases and the progress against the target.
public struct IndicatorFigures: Sendable {
    public struct Stat: Sendable {
        public var indicator: Indicator
        /// Each reporting case's figure (its index in the site's order), in that order.
        /// A case that writes a count twice reports their sum; a rate twice, the first.
        public var values: [(caseIndex: Int, value: Double)]
        /// The sum, for a count; nil for the others, which never sum.
        public var total: Double?
        public var minimum: Double
        public var maximum: Double
        public var median: Double
        /// Up to `leaders` cases with the best figures (in the `better` direction).
        public var leading: [(caseIndex: Int, value: Double)]
        /// Reporting cases whose figure reaches the target (for rates, scores and indices).
        public var reaching: Int

        /// The figure the site (or organization) is judged by: the total of a count, the
        /// median of the others.
        public var figure: Double { total ?? median }

        /// Progress against the target in per cent, at most 100: a count's total against
        /// its target; for the others the share of reporting cases that reach it. Nil
        /// without a target (or with a zero count target, which anything reaches).
        public var progress: Double? {
            guard let target = indicator.target else { return nil }
            if indicator.kind.sums {
                guard target > 0, let total else { return nil }
                let share = indicator.better == .higher ? total / target : (total <= target ? 1 : target / total)
                return min(100, max(0, share * 100))
            }
            return values.isEmpty ? nil : Double(reaching) / Double(values.count) * 100
        }
    }

    /// How many leading cases each indicator names.
    public static let leaders = 3

    /// Each dimension with the stats of its indicators that at least one case reports.
    public var dimensions: [(dimension: IndicatorDimension, stats: [Stat])]

    /// `indices`: the cases counted (by index into `cases`), all when nil.
    public init(cases: [Case], framework: IndicatorFramework, indices: [Int]? = nil) {
        var byIndicator: [String: [(caseIndex: Int, value: Double)]] = [:]
        let kinds = Dictionary(framework.indicators.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for i in indices ?? Array(cases.indices) {
            var seen: [String: Int] = [:]
            for metric in cases[i].metrics {
                guard let id = metric.indicator, let kind = kinds[id], metric.value.isFinite else { continue }
                if let at = seen[id] {
                    if kind.sums { byIndicator[id]![at].value += metric.value }
                    continue
                }
                seen[id] = byIndicator[id, default: []].count
                byIndicator[id, default: []].append((i, metric.value))
            }
        }
        dimensions = framework.dimensions.map { dimension in
            (dimension, dimension.indicators.compactMap { indicator in
                byIndicator[indicator.id].map { Self.stat(indicator, $0) }
            })
        }
    }

    /// The stat of indicator `id`, if any case reports it.
    public func stat(_ id: String) -> Stat? {
        for d in dimensions { if let hit = d.stats.first(where: { $0.indicator.id == id }) { return hit } }
        return nil
    }


    private static func stat(_ indicator: Indicator, _ values: [(caseIndex: Int, value: Double)]) -> Stat {
        let sorted = values.map(\.value).sorted()
        let n = sorted.count
        let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        // Best first; equal figures in the site's order (newest case first).
        let leading = values.enumerated().sorted { a, b in
            if a.element.value != b.element.value {
                return indicator.better == .higher ? a.element.value > b.element.value : a.element.value < b.element.value
            }
            return a.offset < b.offset
        }.prefix(leaders).map(\.element)
        let reaching = indicator.target.map { t in values.filter { indicator.reaches($0.value, t) }.count } ?? 0
        return Stat(indicator: indicator, values: values, total: indicator.kind.sums ? sorted.reduce(0, +) : nil,
                    minimum: sorted[0], maximum: sorted[n - 1], median: median, leading: Array(leading), reaching: reaching)
    }
}
