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
        // Written member by member (`JSONWriter`): about 1.2 KB a case.
        var w = JSONWriter(pretty: true, capacity: 4096 + model.cases.count * 1536)
        w.beginObject()
        w.key("site")
        w.beginObject()
        w.pair("title", config.title)
        w.pair("language", config.language)
        w.pair("base_url", config.baseURL ?? "")
        w.endObject()
        w.key("categories")
        w.beginArray()
        for category in config.categories {
            w.beginObject()
            w.pair("id", category.id)
            w.pair("name", category.name)
            w.pair("description", category.description)
            w.endObject()
        }
        w.endArray()
        if !config.indicators.isEmpty {
            w.key("indicators")
            frameworkJSON().write(to: &w)
        }
        w.key("cases")
        w.beginArray()
        for i in model.cases.indices {
            let c = model.cases[i]
            let path = model.casePath(i)
            w.beginObject()
            w.pair("slug", c.slug)
            w.pair("title", c.title)
            w.pair("date", c.date.iso)
            w.pair("url", config.baseURL.map { $0 + path } ?? path)
            w.pair("category", c.category)
            w.pair("category_name", config.category(c.category)?.name ?? c.category)
            w.pair("summary", c.summary ?? bodies[i].summary)
            if let org = c.organization { w.pair("organization", org) }
            w.key("partners")
            w.strings(c.partners)
            w.key("tags")
            w.strings(c.tags)
            w.key("featured")
            w.bool(c.featured)
            if let cover = c.cover {
                // The cover as published, not as written relative to the Markdown file.
                if case .url(let output) = resolver.resolve(cover, from: c.sourcePath, pageDirectory: "") {
                    w.pair("cover", config.baseURL.map { $0 + output } ?? output)
                } else if LinkResolver.hasScheme(cover) {
                    w.pair("cover", cover)
                }
            }
            w.key("metrics")
            w.beginArray()
            for m in c.metrics {
                w.beginObject()
                w.pair("label", m.label)
                w.key("value")
                w.number(m.value)
                w.pair("unit", m.unit)
                if let indicator = m.indicator { w.pair("indicator", indicator) }
                w.endObject()
            }
            w.endArray()
            w.key("milestones")
            w.beginArray()
            for milestone in c.milestones {
                w.beginObject()
                w.pair("date", milestone.date.iso)
                w.pair("title", milestone.title)
                w.endObject()
            }
            w.endArray()
            w.key("reading_minutes")
            w.number(Double(bodies[i].readingMinutes))
            if let location = c.location {
                w.key("location")
                Self.locationJSON(location).write(to: &w)
            }
            if !c.extra.isEmpty {
                w.key("extra")
                w.beginObject()
                for (key, value) in c.extra {
                    w.key(text: key)
                    JSONValue(value).write(to: &w)
                }
                w.endObject()
            }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        var bytes = w.bytes
        bytes.append(UInt8(ascii: "\n"))
        return Data(bytes)
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
