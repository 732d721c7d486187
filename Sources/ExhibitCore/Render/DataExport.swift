import Foundation

/// /data/cases.json and /data/metrics.csv (and /data/indicators.csv, in
/// `DataExport+Indicators.swift`): the exhibition's data for download.
struct DataExport {
    let model: SiteModel
    let bodies: [CaseBody]

    /// Every published case with its front matter and URL; keys sorted so that the
    /// file is the same on every build.
    func casesJSON() -> Data {
        let config = model.config
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        let cases: [JSONValue] = model.cases.indices.map { i in
            let c = model.cases[i]
            let path = model.casePath(i)
            var pairs: [(String, JSONValue)] = [
                ("slug", .string(c.slug)), ("title", .string(c.title)), ("date", .string(c.date.iso)),
                ("url", .string(config.baseURL.map { $0 + path } ?? path)),
                ("category", .string(c.category)), ("category_name", .string(config.category(c.category)?.name ?? c.category)),
                ("summary", .string(c.summary ?? bodies[i].summary)),
            ]
            if let org = c.organization { pairs.append(("organization", .string(org))) }
            pairs += [
                ("partners", .array(c.partners.map(JSONValue.string))), ("tags", .array(c.tags.map(JSONValue.string))),
                ("featured", .bool(c.featured)),
            ]
            if let cover = c.cover {
                // The cover as published, not as written relative to the Markdown file.
                if case .url(let output) = resolver.resolve(cover, from: c.sourcePath, pageDirectory: "") {
                    pairs.append(("cover", .string(config.baseURL.map { $0 + output } ?? output)))
                } else if LinkResolver.hasScheme(cover) {
                    pairs.append(("cover", .string(cover)))
                }
            }
            pairs += [
                ("metrics", .array(c.metrics.map { m in
                    .object([("label", .string(m.label)), ("value", .number(m.value)), ("unit", .string(m.unit))]
                            + (m.indicator.map { [("indicator", JSONValue.string($0))] } ?? []))
                })),
                ("milestones", .array(c.milestones.map { .object([("date", .string($0.date.iso)), ("title", .string($0.title))]) })),
                ("reading_minutes", .number(Double(bodies[i].readingMinutes))),
            ]
            if let location = c.location { pairs.append(("location", Self.locationJSON(location))) }
            if !c.extra.isEmpty { pairs.append(("extra", .object(c.extra.map { ($0.key, JSONValue($0.value)) }))) }
            return .object(pairs)
        }
        let root = JSONValue.object([
            ("site", .object([("title", .string(config.title)), ("language", .string(config.language)),
                              ("base_url", .string(config.baseURL ?? ""))])),
            ("categories", .array(config.categories.map {
                .object([("id", .string($0.id)), ("name", .string($0.name)), ("description", .string($0.description))])
            })),
        ] + (config.indicators.isEmpty ? [] : [("indicators", frameworkJSON())]) + [
            ("cases", .array(cases)),
        ])
        return Data(root.bytes(pretty: true) + [UInt8(ascii: "\n")])
    }

    /// One row per case and metric, RFC 4180 with CRLF, and a UTF-8 BOM: without it
    /// Excel opens the file as GBK and the Chinese comes out garbled.
    func metricsCSV() -> Data {
        // Into one string, the case's cells once for all its rows: an array of cells per
        // row, joined, and the rows joined again, were 0.4 % of a 10,000-case build.
        var csv = "slug,title,date,category,organization,label,value,unit\r\n"
        for c in model.cases where !c.metrics.isEmpty {
            let caseCells = [c.slug, c.title, c.date.iso, c.category, c.organization ?? ""].map(Self.csvText).joined(separator: ",")
            for m in c.metrics {
                csv += caseCells
                csv += ","
                csv += Self.csvText(m.label)
                csv += ","
                csv += Self.plainNumber(m.value)
                csv += ","
                csv += Self.csvText(m.unit)
                csv += "\r\n"
            }
        }
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(contentsOf: csv.utf8)
        return data
    }

    /// A text cell. One that starts like a formula (`=`, `+`, `-`, `@`, a tab or a carriage
    /// return, or their full-width forms, which Excel in Chinese and Japanese locales also
    /// reads as formulas) is written with a leading `'`, as OWASP recommends against CSV
    /// injection: a title `=HYPERLINK(…)` must open as text, not run. Numbers are written
    /// by `plainNumber` and never pass through here, so a negative figure stays a number.
    static func csvText(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
        // Looked for in the bytes: comparing `Character`s of Chinese text was 0.5 % of a
        // build's CPU, and as a `Character` "\r\n" is neither "\r" nor "\n" (YAML gives
        // no such text, but a cell with it must be quoted all the same).
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
                                          || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "'") }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// 30 rather than 30.0, so the files read as the editor wrote them.
    static func plainNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
