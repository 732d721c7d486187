import ExhibitText
import Foundation
import Yams

/// A case's `metrics:`: free figures (`{label, value, unit}`) and figures of an indicator
/// of the site's framework (`{indicator, value}`), which take the indicator's name and unit.
extension CaseParser {
    static func metrics(_ node: Node?, indicators: IndicatorFramework, reader: inout FieldReader) -> [Metric] {
        guard let node else { return [] }
        let example = "{label: 苹果增产, value: 30, unit: \"%\"}"
        guard case .sequence(let items) = node else {
            reader.error(node, "`metrics` must be a list", fix: "write each figure as `  - \(example)`")
            return []
        }
        return items.compactMap { item -> Metric? in
            guard case .mapping(let map) = item else {
                reader.error(item, "each metric needs `label`, `value` and `unit`", fix: "write `- \(example)`")
                return nil
            }
            let fields = map.fields(metricKeys)
            let indicatorNode = fields[3], unitNode = fields[2]
            let indicatorID = indicatorNode.flatMap { reader.string($0, key: "indicator") }
            // Cleaned as names are: a label or unit with a pasted zero-width space was a
            // figure of its own on the dashboard, and `场` + U+FEFF "a unit Exhibit does not know".
            // A label of spaces or nothing (`label: "　"`) is no label: the figure would stand unnamed.
            let written = fields[0].flatMap { reader.string($0, key: "label")?.cleanedName() }.flatMap { $0.isEmpty ? nil : $0 }
            guard let label = written ?? indicatorID else {
                // `lable: 场次` is the label misspelt: say so rather than only that it is missing.
                let misspelt = map.compactMap { $0.key.scalarText }.first { !metricKeys.contains($0) && Suggestion.closest(to: $0, in: ["label"]) != nil }
                reader.error(item, "this metric has no `label`",
                             fix: misspelt.map { "rename `\($0)` to `label`" } ?? "write `- \(example)`")
                return nil
            }
            guard let valueNode = fields[1] else {
                reader.error(item, "the metric `\(label)` has no `value`", fix: "write `- \(example)`")
                return nil
            }
            guard let value = reader.number(valueNode, key: "value", example: example) else { return nil }
            guard checkKeys(of: map, value: valueNode, label: label, reader: &reader) else { return nil }
            // A sum of such figures would overflow to infinity, and the dashboard showed 0.
            guard abs(value) < Metric.limit else {
                reader.error(valueNode, "the figure `\(valueNode.string ?? "")` of `\(label)` is too large: figures must be below 1,000,000,000,000,000",
                             fix: "a figure this large is most likely a typo: check the digits; for large amounts use a larger unit, e.g. `value: 3.2, unit: 亿元`")
                return nil
            }
            let unit = unitNode.flatMap { reader.string($0, key: "unit")?.cleanedName() }
            let headline = fields[4].flatMap { reader.bool($0, key: "headline") } ?? false
            let (line, column) = reader.position(unitNode ?? item)
            var metric = Metric(label: label, value: value, unit: unit ?? "", headline: headline, line: line, column: column)
            if let indicatorID, let idNode = indicatorNode {
                apply(indicatorID, at: idNode, to: &metric, written: (label: written, unit: unit, unitNode: unitNode, valueNode: valueNode),
                      indicators: indicators, reader: &reader)
            }
            return metric
        }
    }

    /// In the order `metrics` reads them from `Node.Mapping.fields`.
    static let metricKeys = ["label", "value", "unit", "indicator", "headline"]

    /// The keys of a metric beside the known ones. `{label: 销售额, value: 1,200, unit: 万元}`
    /// is an error: inside `{…}` a comma ends the value, so YAML reads `value: 1` and a key
    /// `200`, and the figure was 1 without a word. Any other key is a warning (a typo such
    /// as `lable` leaves the metric without its label). False when the figure is wrong.
    private static func checkKeys(of map: Node.Mapping, value valueNode: Node, label: String, reader: inout FieldReader) -> Bool {
        var cut: [(node: Node, digits: String)] = []
        // By index: iterating a mapping makes an array of its pairs first.
        for i in map.startIndex..<map.endIndex {
            guard let key = map[i].key.scalarText, !metricKeys.contains(key) else { continue }
            let (keyNode, itemNode) = map[i]
            let empty = itemNode.null != nil || itemNode.string == ""
            if empty, !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
                cut.append((keyNode, key))
            } else {
                let guess = Suggestion.closest(to: key, in: metricKeys).map { "did you mean `\($0)`? " } ?? ""
                reader.warning(keyNode, "the metric `\(label)` has an unknown key `\(key)`: it is left out",
                               fix: "\(guess)a metric has \(metricKeys.map { "`\($0)`" }.joined(separator: ", "))")
            }
        }
        guard let first = cut.first else { return true }
        let written = ([valueNode.string ?? ""] + cut.map(\.digits)).joined(separator: ",")
        // Thousands (`1,200,000`) say what was meant; `1,25` might be 1.25 or 125.
        let fix: String
        if let meant = FieldReader.numberMeant(written) {
            fix = "write the figure without separators: `value: \(meant)`"
        } else if cut.count == 1, !written.contains(".") {
            fix = "write the figure as one number: `value: \(written.replacingOccurrences(of: ",", with: "."))` or `value: \(written.replacingOccurrences(of: ",", with: ""))`, whichever is meant"
        } else {
            fix = "write the figure as one number, without separators and with `.` for decimals"
        }
        reader.error(first.node, "`value: \(written)` of `\(label)` was cut at its comma: inside `{…}` a comma ends the value, so the figure read as \(valueNode.string ?? "")",
                     fix: fix)
        return false
    }

    /// Makes `metric` a figure of the indicator `id`, or warns why it stays a free one.
    /// Each problem is a warning at the metric's line: the figure is kept, and the build
    /// goes on, but the dashboard would otherwise show a wrong or a lost figure.
    private static func apply(_ id: String, at idNode: Node, to metric: inout Metric,
                              written: (label: String?, unit: String?, unitNode: Node?, valueNode: Node),
                              indicators: IndicatorFramework, reader: inout FieldReader) {
        guard let indicator = indicators.indicator(id) else {
            if indicators.broken.contains(id) { return }
            let ids = indicators.indicators.map(\.id)
            let guess = Suggestion.closest(to: id, in: ids).map { "did you mean `\($0)`? " } ?? ""
            let known = ids.isEmpty ? "the site defines no indicators (`indicators:` in site.yaml or content/indicators.yaml)"
                : "the indicators are \(ids.prefix(12).joined(separator: ", "))\(ids.count > 12 ? " …" : "")"
            reader.warning(idNode, "unknown indicator `\(id)`: the figure is shown as a free metric labelled `\(metric.label)`",
                           fix: "\(guess)\(known)")
            return
        }
        if let unit = written.unit, !indicator.agrees(unit: unit) {
            reader.warning(written.unitNode ?? idNode,
                           "the unit `\(unit)` contradicts the indicator `\(id)` (\(indicator.name)), which is in \(indicator.unit.isEmpty ? "no unit" : "`\(indicator.unit)`"): the figure is not counted for it",
                           fix: "convert the figure to \(indicator.unit.isEmpty ? "the indicator's scale" : indicator.unit) and delete `unit:` (the indicator gives it), or name another indicator")
            if written.label == nil { metric.label = indicator.name }
            return
        }
        metric.indicator = id
        metric.label = indicator.name
        metric.unit = indicator.unit
        if indicator.kind == .rate, indicator.agrees(unit: "%"), metric.value > 100 {
            reader.warning(written.valueNode, "the rate `\(id)` (\(indicator.name)) is \(metric.displayValue) %, over 100 %",
                           fix: "a rate is a share of a whole: check the figure (a count belongs in another indicator)")
        }
        if indicator.kind == .count, metric.value < 0 {
            reader.warning(written.valueNode, "the count `\(id)` (\(indicator.name)) is negative: \(metric.displayValue)",
                           fix: "a count cannot be below zero: check the sign of the figure")
        }
    }
}
