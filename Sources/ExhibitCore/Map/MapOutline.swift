import Foundation

/// A site's own outline map, `content/map.geojson` (e.g. its province's counties): named
/// areas drawn as SVG paths instead of the tile grid. Read with Foundation's JSON parser:
/// GeoJSON is plain JSON, and only `FeatureCollection`s of `Polygon` and `MultiPolygon`
/// features with a `name` (or `NAME`) property are drawn.
public struct MapOutline: Sendable {
    public struct Area: Sendable {
        public var name: String
        /// Rings of (lon, lat), each closed; a MultiPolygon's polygons together.
        public var rings: [[(lon: Double, lat: Double)]]
    }

    public var areas: [Area]
    /// The file it was read from, for messages.
    public var file: String

    public enum Problem: Error, Equatable {
        case notJSON(String)
        case noAreas
    }

    /// The outline in `data`, or why it cannot be drawn.
    public static func parse(_ data: Data, file: String) -> Result<MapOutline, Problem> {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            return .failure(.notJSON((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not JSON"))
        }
        let features = ((root as? [String: Any])?["features"] as? [[String: Any]]) ?? []
        var areas: [Area] = []
        for feature in features {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            guard let name = (properties["name"] ?? properties["NAME"]) as? String, !name.isEmpty,
                  let geometry = feature["geometry"] as? [String: Any],
                  let type = geometry["type"] as? String, let coordinates = geometry["coordinates"] else { continue }
            let polygons: [Any]
            switch type {
            case "Polygon": polygons = [coordinates]
            case "MultiPolygon": polygons = coordinates as? [Any] ?? []
            default: continue
            }
            var rings: [[(lon: Double, lat: Double)]] = []
            for polygon in polygons {
                for ring in polygon as? [[Any]] ?? [] {
                    let points = ring.compactMap { point -> (lon: Double, lat: Double)? in
                        guard let pair = point as? [Any], pair.count >= 2,
                              let lon = (pair[0] as? NSNumber)?.doubleValue, let lat = (pair[1] as? NSNumber)?.doubleValue,
                              lon.isFinite, lat.isFinite, abs(lon) <= 180, abs(lat) <= 90 else { return nil }
                        return (lon, lat)
                    }
                    if points.count >= 3 { rings.append(points) }
                }
            }
            if !rings.isEmpty { areas.append(Area(name: name.precomposedStringWithCanonicalMapping, rings: rings)) }
        }
        return areas.isEmpty ? .failure(.noAreas) : .success(MapOutline(areas: areas, file: file))
    }

    /// The area a case's location falls in, by name: its county, else its city, else
    /// its province (an outline of provinces), as written or as the province's full name.
    public func area(for location: CaseLocation) -> Int? {
        let names = [location.county, location.city, location.province?.name, location.province?.fullName, location.provinceText]
        for name in names.compactMap({ $0 }) where !name.isEmpty {
            if let i = areas.firstIndex(where: { $0.name == name }) { return i }
        }
        return nil
    }
}
