/// The warning for a metric in a unit Exhibit does not know, once per label and unit (at
/// the first case that writes it, in the site's order), since the dashboard sums it as a
/// count: the editor confirms that, or declares it a rate.
enum UnknownUnits {
    static func warnings(cases: [Case], rateLabels: Set<String>) -> [Diagnostic] {
        var seen = Set<[String]>()
        var warnings: [Diagnostic] = []
        for c in cases {
            for m in c.metrics where !MetricKind.isKnown(unit: m.unit)
                && MetricKind.classify(label: m.label, unit: m.unit, rateLabels: rateLabels) == .additive {
                // Trimmed, as `Figures` groups them: " 绿道" and "绿道" are one row, one warning.
                let key = [m.label, m.unit].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                guard seen.insert(key).inserted else { continue }
                warnings.append(.warning(c.sourcePath, line: max(m.line, 1), column: max(m.column, 1),
                    "the unit `\(m.unit)` of `\(m.label)` is not one Exhibit knows: the dashboard adds these figures up as a count",
                    fix: "if `\(m.label)` is a rate or an average, list it in site.yaml: `rate_labels: [\(m.label)]`; if it counts things, write a known unit such as 个, 项, 次 or 人"))
            }
        }
        return warnings
    }
}
