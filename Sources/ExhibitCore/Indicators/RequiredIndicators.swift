/// The warning, per indicator marked `required: true`, that lists the cases not reporting
/// it: an evaluation committee reads a missing figure as a missing achievement, so the
/// editors hear of it before the committee does. One warning per indicator, at its line
/// in the framework's file, rather than one per case: twenty cases without one figure
/// are one decision (make it optional, or collect the figures), not twenty.
enum RequiredIndicators {
    /// How many cases a warning names before it says "and N more".
    static let named = 8

    static func warnings(cases: [Case], framework: IndicatorFramework) -> [Diagnostic] {
        let required = framework.indicators.filter(\.required)
        guard !required.isEmpty, !cases.isEmpty, let file = framework.file else { return [] }
        return required.compactMap { indicator in
            let missing = cases.filter { c in !c.metrics.contains { $0.indicator == indicator.id } }
            guard !missing.isEmpty else { return nil }
            let names = missing.prefix(named).map(\.sourcePath).joined(separator: ", ")
            let more = missing.count > named ? " and \(missing.count - named) more" : ""
            let unit = indicator.unit.isEmpty ? "" : " (in \(indicator.unit))"
            return .warning(file, line: indicator.line, column: indicator.column,
                            "the required indicator `\(indicator.id)` (\(indicator.name)) is not reported by \(missing.count) of \(cases.count) cases: \(names)\(more)",
                            fix: "add `- {indicator: \(indicator.id), value: …}`\(unit) to their `metrics:`, or drop `required: true` if it does not apply to every case")
        }
    }
}
