/// One row of a case sheet, checked: each front-matter entry the sheet's columns give,
/// already written as YAML (`title: 苹果`, `metrics:` and its lines), so that a row and an
/// existing file compare by what they would write.
struct CaseRecord: Equatable {
    /// The index in `SheetTable.rows`.
    var row: Int
    var title: String
    /// The file name's slug: the `网址名` cell, or the title's pinyin.
    var slug: String
    /// key → its YAML text; a key whose cell is empty is absent. Only keys the sheet has
    /// columns for are here (and `metrics` when it has a figure column).
    var entries: [String: String]
    /// The keys the sheet's columns cover, empty cells included: an update leaves the
    /// others as they are.
    var covered: Set<String>
    var body: String?

    /// The order entries are written in a new file.
    static let order = CaseColumn.fields.map(\.key) + ["metrics"]

    /// A new case file: the entries in order, then the body.
    func fileText() -> String {
        var lines = ["---"]
        for key in Self.order { if let entry = entries[key] { lines.append(entry) } }
        lines.append("---")
        let text = (body ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return lines.joined(separator: "\n") + "\n" + (text.isEmpty ? "" : text + "\n")
    }
}

import Foundation

/// How a sheet's values are written as YAML, the same for a row and for an existing case,
/// so that an unchanged cell is never seen as a change.
enum RecordYAML {
    static func scalar(_ key: String, _ value: String) -> String { "\(key): \(YAMLScalar.text(value))" }

    static func list(_ key: String, _ items: [String]) -> String {
        "\(key): [" + items.map(YAMLScalar.text).joined(separator: ", ") + "]"
    }

    static func metrics(_ figures: [(column: FigureColumn, value: Double)]) -> String {
        (["metrics:"] + figures.map { $0.column.item($0.value) }).joined(separator: "\n")
    }

    /// `30`, `2.5`: no `.0`, no exponent for figures an exhibition has.
    static func number(_ value: Double) -> String { DataExport.plainNumber(value) }

    /// The entries of an existing case, for the keys in `keys`.
    static func entries(of c: Case, keys: Set<String>, metricColumns: [FigureColumn], explicitSlug: Bool) -> [String: String] {
        var result: [String: String] = [:]
        func put(_ key: String, _ value: String?) { if keys.contains(key), let value, !value.isEmpty { result[key] = scalar(key, value) } }
        put("title", c.title)
        if keys.contains("date") { result["date"] = "date: \(c.date.iso)" }
        put("category", c.category)
        if explicitSlug { put("slug", c.slug) }
        put("summary", c.summary)
        put("organization", c.organization)
        if keys.contains("tags"), !c.tags.isEmpty { result["tags"] = list("tags", c.tags) }
        if keys.contains("partners"), !c.partners.isEmpty { result["partners"] = list("partners", c.partners) }
        put("cover", c.cover)
        put("cover_alt", c.coverAlt)
        if keys.contains("featured"), c.featured { result["featured"] = "featured: true" }
        if keys.contains("metrics") {
            // The figures of the sheet's columns, in the sheet's order; others are kept.
            let found = metricColumns.compactMap { column in c.metrics.first(where: column.matches).map { (column: column, value: $0.value) } }
            if !found.isEmpty { result["metrics"] = metrics(found) }
        }
        return result
    }
}
