/// One metric (a label with a unit) across all cases that report it.
public struct MetricTotal: Sendable, Equatable {
    public var label: String
    public var unit: String
    public var kind: MetricKind
    /// The sum over cases; nil for a rate, which is never summed.
    public var total: Double?
    public var minimum: Double
    public var maximum: Double
    /// How many cases report this metric.
    public var cases: Int
    /// A case marks it `headline: true`.
    public var headline = false
    /// The first case (in the site's order) that reports it: the one case of a figure
    /// only one case has.
    public var firstCase = 0
    /// The indicator of the framework these figures report (`indicator:`); nil for a
    /// free figure, even one with an indicator's name and unit.
    public var indicator: String?

    /// A figure the dashboard and the home page lead with: reported by several cases, or
    /// marked `headline: true`. The others are one case's own, listed in a table.
    public var leads: Bool { cases >= 2 || headline }

    public init(label: String, unit: String, kind: MetricKind, total: Double?, minimum: Double, maximum: Double, cases: Int,
                headline: Bool = false, firstCase: Int = 0) {
        self.headline = headline
        self.firstCase = firstCase
        self.label = label
        self.unit = unit
        self.kind = kind
        self.total = total
        self.minimum = minimum
        self.maximum = maximum
        self.cases = cases
    }

    /// The figure to show: the total (`1,200`), or for a rate the range (`12–30`), or the
    /// single value when all cases agree. Two decimals, so `0.35 万元` is not rounded away.
    public var displayValue: String {
        if let total { return NumberFormat.string(total, maxDecimals: 2) }
        let low = NumberFormat.string(minimum, maxDecimals: 2)
        let high = NumberFormat.string(maximum, maxDecimals: 2)
        return low == high ? low : "\(low)–\(high)"
    }

    /// Whether the figure is a range of several values rather than one number.
    public var isRange: Bool { total == nil && displayValue.contains("–") }
}
