import Foundation
import ExhibitText
import Yams

/// A case's `location:`: names checked against the 34 provinces, coordinates against
/// the globe and China's extent.
extension CaseParser {
    static let locationKeys = ["province", "city", "county", "lat", "lon"]
    /// China's extent with a margin (Zengmu Ansha to Mohe, Pamir to Fuyuan): a point
    /// outside is most likely a typo or lat and lon swapped.
    static let chinaLatitudes = 3.0...54.0
    static let chinaLongitudes = 73.0...136.0

    static func location(_ node: Node?, reader: inout FieldReader) -> CaseLocation? {
        guard let node else { return nil }
        let example = "location: {province: 陕西, city: 延安市, county: 宝塔区}"
        guard case .mapping(let map) = node else {
            reader.error(node, "`location` must be a map of `province`, `city`, `county`", fix: "write `\(example)`")
            return nil
        }
        var location = CaseLocation()
        location.line = reader.position(node).line
        for (keyNode, _) in map where !locationKeys.contains(keyNode.scalarText ?? "") {
            let key = keyNode.scalarText ?? ""
            let guess = Suggestion.closest(to: key, in: locationKeys).map { "did you mean `\($0)`? " } ?? ""
            reader.warning(keyNode, "unknown key `\(key)` in `location`; it is ignored", fix: "\(guess)a location has `province`, `city`, `county`, `lat`, `lon`")
        }
        if let provinceNode = map["province"], let written = reader.string(provinceNode, key: "province"), !written.isEmpty {
            if let province = Province.named(written) {
                location.province = province
            } else {
                location.provinceText = written
                let guess = Province.suggestion(for: written).map { "did you mean `\($0.name)`? " } ?? ""
                reader.warning(provinceNode, "unknown province `\(written)`: the case is on no map",
                               fix: "\(guess)write one of the 34 province-level names, e.g. `陕西` or `陕西省`, `内蒙古`, `北京`, `香港`")
            }
        }
        if let cityNode = map["city"] {
            location.city = reader.string(cityNode, key: "city")
            location.cityColumn = reader.position(cityNode).column
            // `city: 上海市` under `province: 上海` is right: a municipality is both.
            if let city = location.city, let province = Province.named(city), location.province != province {
                reader.warning(cityNode, "`\(city)` is a province, not a city", fix: "write `province: \(province.name)` and the city under it, e.g. `city: 西安市`")
            }
        }
        if let countyNode = map["county"] {
            location.county = reader.string(countyNode, key: "county")
            location.countyColumn = reader.position(countyNode).column
        }
        location.lat = coordinate(map["lat"], key: "lat", range: -90...90, reader: &reader)
        location.lon = coordinate(map["lon"], key: "lon", range: -180...180, reader: &reader)
        if let lat = location.lat, let lon = location.lon, !(chinaLatitudes.contains(lat) && chinaLongitudes.contains(lon)) {
            let swapped = chinaLatitudes.contains(lon) && chinaLongitudes.contains(lat)
            reader.warning(map["lat"] ?? node, "the point lat \(NumberFormat.string(lat, maxDecimals: 6)), lon \(NumberFormat.string(lon, maxDecimals: 6)) is outside China",
                           fix: swapped ? "lat and lon look swapped: write `lat: \(NumberFormat.string(lon, maxDecimals: 6)), lon: \(NumberFormat.string(lat, maxDecimals: 6))`"
                                        : "check the figures: in China latitudes are 3–54 and longitudes 73–136 (degrees, north and east)")
        }
        if location.province == nil && location.provinceText == nil && location.city == nil && location.county == nil {
            reader.warning(node, "the location names no place", fix: "write `\(example)`")
        }
        return location
    }

    private static func coordinate(_ node: Node?, key: String, range: ClosedRange<Double>, reader: inout FieldReader) -> Double? {
        guard let node, let value = reader.number(node, key: key, example: "write degrees as a number, e.g. `lat: 36.6, lon: 109.5`") else { return nil }
        guard range.contains(value) else {
            reader.error(node, "`\(key)` is \(NumberFormat.string(value, maxDecimals: 6)): it must be between \(Int(range.lowerBound)) and \(Int(range.upperBound)) degrees",
                         fix: "write decimal degrees, e.g. `lat: 36.6, lon: 109.5`")
            return nil
        }
        return value
    }
}
