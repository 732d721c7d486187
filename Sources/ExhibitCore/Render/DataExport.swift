import Foundation

/// /data/cases.json and /data/metrics.csv (and /data/indicators.csv, in
/// `DataExport+Indicators.swift`): the exhibition's data for download.
struct DataExport {
    let model: SiteModel
    let bodies: [CaseBody]

    /// Where a download's bytes go as they are made, a piece of about `piece` bytes at a
    /// time: made whole, cases.json was 13 MB at 10,000 cases (66 MB at 50,000), held
    /// and copied into a `Data` before it was written, a tenth of a build's page faults.
    typealias Write = (UnsafeBufferPointer<UInt8>) -> Void
    static let piece = 1 << 16

    /// Every published case with its front matter and URL; keys sorted so that the
    /// file is the same on every build.
    func casesJSON(_ write: Write) {
        let config = model.config
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        // Written member by member (`JSONWriter`): about 1.2 KB a case.
        var w = JSONWriter(pretty: true, capacity: Self.piece + 8192)
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
            if w.bytes.count >= Self.piece { w.drain(into: write) }
        }
        w.endArray()
        w.endObject()
        w.drain(into: write)
        [UInt8(ascii: "\n")].withUnsafeBufferPointer(write)
    }

    /// One row per case and metric, RFC 4180 with CRLF, and a UTF-8 BOM: without it
    /// Excel opens the file as GBK and the Chinese comes out garbled.
    func metricsCSV(_ write: Write) {
        // Into one buffer of bytes, the case's cells once for all its rows: as a `String`
        // of `String`s, each cell made, checked and appended, it was 9,000 instructions a
        // row (26 million at 1,000 cases).
        var csv: [UInt8] = [0xEF, 0xBB, 0xBF]
        csv.reserveCapacity(Self.piece + 4096)
        csv.append(contentsOf: "slug,title,date,category,organization,label,value,unit\r\n".utf8)
        var caseCells: [UInt8] = []
        for c in model.cases where !c.metrics.isEmpty {
            caseCells.removeAll(keepingCapacity: true)
            for (i, cell) in [c.slug, c.title, c.date.iso, c.category, c.organization ?? ""].enumerated() {
                if i > 0 { caseCells.append(UInt8(ascii: ",")) }
                Self.appendCSVText(cell, to: &caseCells)
            }
            for m in c.metrics {
                csv.append(contentsOf: caseCells)
                csv.append(UInt8(ascii: ","))
                Self.appendCSVText(m.label, to: &csv)
                csv.append(UInt8(ascii: ","))
                var number = Self.plainNumber(m.value)
                number.withUTF8 { csv.append(contentsOf: $0) }
                csv.append(UInt8(ascii: ","))
                Self.appendCSVText(m.unit, to: &csv)
                csv.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
            }
            if csv.count >= Self.piece {
                csv.withUnsafeBufferPointer(write)
                csv.removeAll(keepingCapacity: true)
            }
        }
        csv.withUnsafeBufferPointer(write)
    }

    /// A text cell. One that starts like a formula (`=`, `+`, `-`, `@`, a tab or a carriage
    /// return, or their full-width forms, which Excel in Chinese and Japanese locales also
    /// reads as formulas) is written with a leading `'`, as OWASP recommends against CSV
    /// injection: a title `=HYPERLINK(…)` must open as text, not run. Numbers are written
    /// by `plainNumber` and never pass through here, so a negative figure stays a number.
    static func csvText(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendCSVText(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `csvText(text)`'s UTF-8, appended to `out`. Looked for in the bytes: comparing
    /// `Character`s of Chinese text was 0.5 % of a build's CPU, and as a `Character` "\r\n"
    /// is neither "\r" nor "\n" (YAML gives no such text, but a cell with it must be
    /// quoted all the same).
    static func appendCSVText(_ text: String, to out: inout [UInt8]) {
        var text = text
        let formula = text.unicodeScalars.first.map { formulaStarts($0.value) } ?? false
        text.withUTF8 { bytes in
            var quoted = formula
            for byte in bytes where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "'") {
                quoted = true
                break
            }
            guard quoted else { return out.append(contentsOf: bytes) }
            out.append(UInt8(ascii: "\""))
            if formula { out.append(UInt8(ascii: "'")) }
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// `=`, `+`, `-`, `@`, tab, carriage return, and the full-width `＝＋－＠`.
    private static func formulaStarts(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20: true
        default: false
        }
    }

    /// 30 rather than 30.0, so the files read as the editor wrote them.
    static func plainNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
