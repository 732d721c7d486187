import ExhibitText

/// The warning for a case whose place is not on the site's own map (`content/map.geojson`):
/// it would be missing from /map/ without a word. Without an outline, city and county
/// names are not checked: no list of China's 2,800 counties ships with Exhibit.
enum OutlinePlaces {
    /// `only`: the cases whose warnings are wanted (serve's fast path, after an edit).
    static func warnings(cases: [Case], outline: MapOutline?, only: [Int]? = nil) -> [Diagnostic] {
        guard let outline else { return [] }
        let names = outline.areas.map(\.name)
        return (only ?? Array(cases.indices)).compactMap { i in
            let c = cases[i]
            guard let location = c.location, outline.area(for: location) == nil else { return nil }
            let written = location.county ?? location.city ?? location.province?.name ?? location.provinceText ?? ""
            guard !written.isEmpty else { return nil }
            let column = location.county != nil ? location.countyColumn : location.cityColumn
            let guess = Suggestion.closest(to: written, in: names).map { "did you mean `\($0)`? " } ?? ""
            let some = names.prefix(8).joined(separator: "、") + (names.count > 8 ? " …" : "")
            return .warning(c.sourcePath, line: location.line, column: column,
                            "the place `\(location.label)` is not on \(outline.file): the case is not drawn on /map/",
                            fix: "\(guess)write the county or city as the map names it (\(some))")
        }
    }
}
