import Foundation

/// /data/indicators.csv, and the framework and the cases' places in /data/cases.json:
/// what an evaluation committee takes into its own spreadsheet.
extension DataExport {
    /// One row per case and indicator it reports, in the site's order, formatted as
    /// `metrics.csv` is (RFC 4180, CRLF, UTF-8 BOM, text cells guarded against formulas).
    func indicatorsCSV() -> Data {
        let framework = model.config.indicators
        var lines = ["slug,title,date,category,organization,dimension,dimension_name,indicator,name,kind,value,unit,target"]
        for c in model.cases {
            for m in c.metrics {
                guard let id = m.indicator, let indicator = framework.indicator(id) else { continue }
                let dimension = framework.dimensions.first { $0.id == indicator.dimension }
                let text = [c.slug, c.title, c.date.iso, c.category, c.organization ?? "", indicator.dimension,
                            dimension?.name ?? "", id, indicator.name, indicator.kind.rawValue].map(Self.csvText)
                lines.append((text + [Self.plainNumber(m.value), Self.csvText(indicator.unit),
                                      indicator.target.map(Self.plainNumber) ?? ""]).joined(separator: ","))
            }
        }
        return Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A case's `location` in `cases.json`: the province by its short name and slug (or as
    /// written, when it is not one of the 34), the city and county as written, the point.
    static func locationJSON(_ location: CaseLocation) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let province = location.province {
            pairs += [("province", .string(province.name)), ("province_slug", .string(province.slug))]
        } else if let written = location.provinceText {
            pairs.append(("province", .string(written)))
        }
        if let city = location.city { pairs.append(("city", .string(city))) }
        if let county = location.county { pairs.append(("county", .string(county))) }
        if let lat = location.lat { pairs.append(("lat", .number(lat))) }
        if let lon = location.lon { pairs.append(("lon", .number(lon))) }
        return .object(pairs)
    }

    /// The framework as `cases.json` lists it: dimensions with their indicators.
    func frameworkJSON() -> JSONValue {
        .array(model.config.indicators.dimensions.map { d in
            .object([("id", .string(d.id)), ("name", .string(d.name)), ("indicators", .array(d.indicators.map { i in
                var pairs: [(String, JSONValue)] = [("id", .string(i.id)), ("name", .string(i.name)), ("unit", .string(i.unit)),
                                                    ("kind", .string(i.kind.rawValue)), ("better", .string(i.better.rawValue)),
                                                    ("required", .bool(i.required))]
                if let target = i.target { pairs.append(("target", .number(target))) }
                return .object(pairs)
            }))])
        })
    }
}
