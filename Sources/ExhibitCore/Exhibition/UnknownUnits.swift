import ExhibitText
/// The warning for a metric in a unit Exhibit does not know, once per label and unit (at
/// the first case that writes it, in the site's order), since the dashboard sums it as a
/// count: the editor confirms that, or declares it a rate.
enum UnknownUnits {
    /// `only`: the cases whose warnings are wanted (serve's fast path, after an edit of
    /// those); the others are only read as far as needed to know which case is first.
    static func warnings(cases: [Case], rateLabels: Set<String>, only: [Int]? = nil) -> [Diagnostic] {
        var seen = Set<[String]>()
        var warnings: [Diagnostic] = []
        // Labels and units repeat from case to case: classify each pair once (at 10,000
        // cases, classifying every metric was 20 ms of each resolve in `serve`).
        // Keyed by bytes (`TermName`): `String` keys hash Chinese through normalisation.
        struct Pair: Hashable { let label: TermName; let unit: TermName }
        var known: [Pair: Bool] = [:]
        func isUnknown(_ m: Metric) -> Bool {
            let pair = Pair(label: TermName(m.label), unit: TermName(m.unit))
            if let hit = known[pair] { return !hit }
            let unknown = Self.isUnknown(m, rateLabels)
            known[pair] = !unknown
            return unknown
        }
        var wanted: Set<[String]>?
        if let only {
            wanted = Set(only.flatMap { i in cases[i].metrics.filter(isUnknown).map(key) })
            if wanted!.isEmpty { return [] }
        }
        let wantedCases = only.map(Set.init)
        for (index, c) in cases.enumerated() {
            if let wanted, wanted.isSubset(of: seen) { break }
            for m in c.metrics where isUnknown(m) {
                guard seen.insert(key(m)).inserted, wantedCases?.contains(index) ?? true else { continue }
                warnings.append(.warning(c.sourcePath, line: max(m.line, 1), column: max(m.column, 1),
                    "the unit `\(m.unit)` of `\(m.label)` is not one Exhibit knows: the dashboard adds these figures up as a count",
                    fix: "if `\(m.label)` is a rate or an average, list it in site.yaml: `rate_labels: [\(m.label)]`; if it counts things, write a known unit such as 个, 项, 次 or 人"))
            }
        }
        return warnings
    }

    private static func isUnknown(_ m: Metric, _ rateLabels: Set<String>) -> Bool {
        !MetricKind.isKnown(unit: m.unit) && MetricKind.classify(label: m.label, unit: m.unit, rateLabels: rateLabels) == .additive
    }

    /// Trimmed, as `Figures` groups them: " 绿道" and "绿道" are one row, one warning.
    private static func key(_ m: Metric) -> [String] {
        [m.label, m.unit].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
