import ExhibitText

/// The /map/ page's map as inline SVG: China's provinces as a tile grid, or the site's
/// own outline. Tiles and areas with cases are links to their place pages; colours are
/// the theme's (`.map-level-0` … `.map-level-4`, by the number of cases), sizes are here,
/// as in `BarChart`. The page lists the same numbers in a table.
struct MapDrawing {
    var title: String
    var description: String
    /// "陕西：3 个案例", the words of a tile or area with cases, for its link's name.
    var label: (String, Int) -> String

    static let tile: Double = 60
    static let gap: Double = 4
    static let outlineWidth: Double = 640

    /// A level 0–4 for `count` cases of at most `largest`: 0 without cases, else a quarter
    /// of the largest count each, so one case in a site of few cases is still visible.
    static func level(_ count: Int, largest: Int) -> Int {
        count == 0 ? 0 : max(1, min(4, Int((4 * Double(count) / Double(max(largest, 1))).rounded(.up))))
    }

    private func open(width: Double, height: Double) -> [String] {
        let f = NumberFormat.coordinate
        return [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\""
                + " aria-labelledby=\"map-title map-desc\" font-size=\"14\">",
            "<title id=\"map-title\">\(MarkupEscape.escape(title))</title>",
            "<desc id=\"map-desc\">\(MarkupEscape.escape(description))</desc>",
        ]
    }

    /// `counts` and `urls` by province slug (`urls` for those with cases).
    func tileGrid(counts: [String: Int], urls: [String: String]) -> String {
        let f = NumberFormat.coordinate
        let step = Self.tile + Self.gap
        var lines = open(width: Double(Province.gridColumns) * step, height: Double(Province.gridRows) * step)
        let largest = counts.values.max() ?? 0
        for p in Province.all {
            let count = counts[p.slug] ?? 0
            let x = Double(p.column) * step, y = Double(p.row) * step
            let level = Self.level(count, largest: largest)
            // White text on the two darkest levels, dark text on the others (4.5:1 either way).
            let ink = level >= 3 ? " map-on-dark" : ""
            let shapes = "<rect class=\"map-tile map-level-\(level)\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(Self.tile))\" height=\"\(f(Self.tile))\" rx=\"4\"/>"
                + "<text class=\"map-name\(ink)\" x=\"\(f(x + Self.tile / 2))\" y=\"\(f(y + 26))\" text-anchor=\"middle\">\(MarkupEscape.escape(p.name))</text>"
                + (count > 0 ? "<text class=\"map-count\(ink)\" x=\"\(f(x + Self.tile / 2))\" y=\"\(f(y + 47))\" text-anchor=\"middle\">\(count)</text>" : "")
            if let url = urls[p.slug], count > 0 {
                lines.append("<a class=\"map-link\" href=\"\(MarkupEscape.escape(url))\" aria-label=\"\(MarkupEscape.escape(label(p.name, count)))\">\(shapes)</a>")
            } else {
                lines.append("<g class=\"map-empty\">\(shapes)</g>")
            }
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// The outline's areas, each with its number of cases (by index) and its link, and
    /// the cases' own points (`lat`/`lon`) as dots.
    func outline(_ outline: MapOutline, counts: [Int], urls: [String?], points: [(lon: Double, lat: Double, name: String)]) -> String {
        let f = NumberFormat.coordinate
        let projection = MapProjection(points: outline.areas.flatMap { $0.rings.flatMap { $0 } }, width: Self.outlineWidth)
        var lines = open(width: projection.width, height: projection.height)
        let largest = counts.max() ?? 0
        for (i, area) in outline.areas.enumerated() {
            let d = area.rings.map { ring in
                ring.enumerated().map { j, p in
                    let (x, y) = projection.point(lon: p.lon, lat: p.lat)
                    return (j == 0 ? "M" : "L") + "\(f(x)) \(f(y))"
                }.joined() + "Z"
            }.joined()
            let path = "<path class=\"map-area map-level-\(Self.level(counts[i], largest: largest))\" d=\"\(d)\"><title>\(MarkupEscape.escape(area.name))</title></path>"
            if let url = urls[i], counts[i] > 0 {
                lines.append("<a class=\"map-link\" href=\"\(MarkupEscape.escape(url))\" aria-label=\"\(MarkupEscape.escape(label(area.name, counts[i])))\">\(path)</a>")
            } else {
                lines.append(path)
            }
        }
        for point in points {
            let (x, y) = projection.point(lon: point.lon, lat: point.lat)
            // Points outside the outline's box are left out rather than drawn off the map.
            guard x >= 0, y >= 0, x <= projection.width, y <= projection.height else { continue }
            lines.append("<circle class=\"map-point\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"5\"><title>\(MarkupEscape.escape(point.name))</title></circle>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}
