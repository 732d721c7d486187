import Foundation

/// /data/cases.json and /data/metrics.csv: the exhibition's data for download.
struct DataExport {
    let model: SiteModel
    let bodies: [CaseBody]

    /// Every published case with its front matter and URL; keys sorted so that the
    /// file is the same on every build.
    func casesJSON() -> Data {
        let config = model.config
        let cases: [[String: Any]] = model.cases.indices.map { i in
            let c = model.cases[i]
            let path = model.casePath(i)
            var value: [String: Any] = [
                "slug": c.slug, "title": c.title, "date": c.date.iso, "category": c.category,
                "category_name": config.category(c.category)?.name ?? c.category,
                "summary": c.summary ?? bodies[i].summary, "tags": c.tags, "partners": c.partners,
                "featured": c.featured, "url": config.baseURL.map { $0 + path } ?? path,
                "metrics": c.metrics.map { ["label": $0.label, "value": Self.jsonNumber($0.value), "unit": $0.unit] },
                "milestones": c.milestones.map { ["date": $0.date.iso, "title": $0.title] },
                "reading_minutes": bodies[i].readingMinutes,
            ]
            if let org = c.organization { value["organization"] = org }
            if let cover = c.cover {
                // The cover as published, not as written relative to the Markdown file.
                let resolver = LinkResolver(outputBySource: model.outputBySource)
                if case .url(let output) = resolver.resolve(cover, from: c.sourcePath, pageDirectory: "") {
                    value["cover"] = config.baseURL.map { $0 + output } ?? output
                } else if LinkResolver.hasScheme(cover) {
                    value["cover"] = cover
                }
            }
            if !c.extra.isEmpty {
                value["extra"] = Dictionary(c.extra.map { ($0.key, Self.json($0.value)) }, uniquingKeysWith: { a, _ in a })
            }
            return value
        }
        let root: [String: Any] = [
            "site": ["title": config.title, "language": config.language, "base_url": config.baseURL ?? ""],
            "categories": config.categories.map { ["id": $0.id, "name": $0.name, "description": $0.description] },
            "cases": cases,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return data + Data("\n".utf8)
    }

    /// One row per case and metric, RFC 4180 with CRLF, and a UTF-8 BOM: without it
    /// Excel opens the file as GBK and the Chinese comes out garbled.
    func metricsCSV() -> Data {
        var lines = ["slug,title,date,category,organization,label,value,unit"]
        for c in model.cases {
            for m in c.metrics {
                lines.append([c.slug, c.title, c.date.iso, c.category, c.organization ?? "", m.label,
                              Self.plainNumber(m.value), m.unit].map(Self.csvField).joined(separator: ","))
            }
        }
        return Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// 30 rather than 30.0, so the files read as the editor wrote them.
    static func plainNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func jsonNumber(_ value: Double) -> Any {
        value == value.rounded() && abs(value) < 1e15 ? Int(value) as Any : value as Any
    }

    static func json(_ value: YAMLValue) -> Any {
        switch value {
        case .string(let s): return s
        case .number(let d): return jsonNumber(d)
        case .bool(let b): return b
        case .list(let items): return items.map(json)
        case .map(let pairs): return Dictionary(pairs.map { ($0.0, json($0.1)) }, uniquingKeysWith: { a, _ in a })
        case .null: return NSNull()
        }
    }
}
