import Foundation

/// Projects longitude and latitude onto the map's SVG box: equirectangular, with the
/// x axis shrunk by the cosine of the outline's middle latitude. Written here rather than
/// taken from a library (none is on the package mirror, and a projection library would
/// be a dependency for a dozen lines): at the size of a province or a county, this
/// projection keeps shapes within a few per cent of a conformal one, and the map is for
/// finding places, not for measuring them. Done at build time, so the page needs no script.
struct MapProjection {
    let minLon: Double, maxLat: Double
    let scale: Double, xScale: Double
    let width: Double, height: Double
    static let padding: Double = 8

    init(points: [(lon: Double, lat: Double)], width: Double) {
        let lons = points.map(\.lon), lats = points.map(\.lat)
        let minLon = lons.min() ?? 0, maxLon = lons.max() ?? 1
        let minLat = lats.min() ?? 0, maxLat = lats.max() ?? 1
        xScale = cos((minLat + maxLat) / 2 * .pi / 180)
        let spanX = max((maxLon - minLon) * xScale, 1e-9), spanY = max(maxLat - minLat, 1e-9)
        scale = (width - 2 * Self.padding) / spanX
        self.minLon = minLon
        self.maxLat = maxLat
        self.width = width
        height = (spanY * scale + 2 * Self.padding).rounded(.up)
    }

    func point(lon: Double, lat: Double) -> (x: Double, y: Double) {
        (Self.padding + (lon - minLon) * xScale * scale, Self.padding + (maxLat - lat) * scale)
    }
}
