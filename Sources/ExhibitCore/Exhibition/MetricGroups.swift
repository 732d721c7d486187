import ExhibitText

/// Every figure of a site numbered by the group `Figures.totals` sums it in: its label
/// and unit trimmed, and its indicator. Made once a build and shared by the totals of
/// every list: each organization's list grouped its cases' figures by hashing those keys
/// again, and a key of Chinese text is hashed through Unicode normalisation (270,000
/// instructions an organization's list, the site's own figures as much again).
struct MetricGroups: Sendable {
    /// For each case, each figure's group: -1 for a figure not counted (not finite, or
    /// with an empty label).
    let groups: [[Int32]]
    /// Each group's kind, as its first figure's label and unit classify it (labels that
    /// compare equal classify alike).
    let kinds: [MetricKind]

    init(cases: [Case], rateLabels: Set<String>) {
        struct Key: Hashable { var label: String; var unit: String; var indicator: String? }
        var number: [Key: Int32] = [:]
        var kinds: [MetricKind] = []
        groups = cases.map { c in
            c.metrics.map { metric in
                guard metric.value.isFinite else { return -1 }
                let key = Key(label: metric.label.trimmed(.whitespacesAndNewlines),
                              unit: metric.unit.trimmed(.whitespacesAndNewlines), indicator: metric.indicator)
                guard !key.label.isEmpty else { return -1 }
                if let known = number[key] { return known }
                let new = Int32(kinds.count)
                number[key] = new
                kinds.append(MetricKind.classify(label: key.label, unit: key.unit, rateLabels: rateLabels))
                return new
            }
        }
        self.kinds = kinds
    }
}
