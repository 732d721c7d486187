/// /map/ and /places/<province>/: where the cases' work happened.
extension PageContext {
    /// Case indices by province slug, in the site's order.
    static func casesByProvince(_ model: SiteModel) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (i, c) in model.cases.enumerated() {
            if let slug = c.location?.province?.slug { result[slug, default: []].append(i) }
        }
        return result
    }

    /// The provinces that have a place page, by index into `Province.all`.
    static func placeProvinces(_ model: SiteModel) -> [Int] {
        let byProvince = casesByProvince(model)
        return Province.all.indices.filter { byProvince[Province.all[$0].slug] != nil }
    }

    static func hasMap(_ model: SiteModel) -> Bool { model.cases.contains { $0.location != nil } }

    func placeRef(_ location: CaseLocation) -> PlaceRef {
        PlaceRef(name: location.label, url: location.province.map { url("places/\($0.slug)/") })
    }

    func mapPage() -> PageValues {
        let title = strings["map"] ?? "Map"
        var values = common(kind: "map", title: title, description: model.config.description)
        let byProvince = shared.places.get
        let located = model.cases.filter { $0.location != nil }.count
        let casesUnit = strings["cases_unit"] ?? "cases"
        var drawing = MapDrawing(title: title, description: strings["map_desc"] ?? "", label: { "\($0)：\($1) \(casesUnit)" })
        var places: [MapValues.PlaceLink]
        let svg: String
        if let outline = model.config.outline {
            var counts = Array(repeating: 0, count: outline.areas.count)
            var urls = [String?](repeating: nil, count: outline.areas.count)
            var points: [(lon: Double, lat: Double, name: String)] = []
            for c in model.cases {
                guard let location = c.location else { continue }
                if let area = outline.area(for: location) {
                    counts[area] += 1
                    if urls[area] == nil { urls[area] = location.province.map { url("places/\($0.slug)/") } }
                }
                if let lat = location.lat, let lon = location.lon { points.append((lon, lat, c.title)) }
            }
            drawing.description += (strings["map_outline_desc"] ?? "")
            svg = drawing.outline(outline, counts: counts, urls: urls, points: points)
            places = outline.areas.indices.filter { counts[$0] > 0 }.map {
                MapValues.PlaceLink(name: outline.areas[$0].name, url: urls[$0], count: counts[$0])
            }
        } else {
            let urls = Dictionary(uniqueKeysWithValues: byProvince.keys.map { ($0, url("places/\($0)/")) })
            svg = drawing.tileGrid(counts: byProvince.mapValues(\.count), urls: urls)
            places = Province.all.compactMap { p in
                byProvince[p.slug].map { MapValues.PlaceLink(name: p.name, url: url("places/\(p.slug)/"), count: $0.count) }
            }
        }
        // Most cases first; equal counts keep the map's order (north to south).
        places = places.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
        values.map = MapValues(title: title, svg: svg, outline: model.config.outline != nil, places: places,
                               located: located, unlocated: model.cases.count - located, hasUnlocated: located < model.cases.count)
        return values
    }

    func placePage(_ provinceIndex: Int) -> PageValues {
        let province = Province.all[provinceIndex]
        var values = common(kind: "place", title: province.name, description: model.config.description, menuCurrent: "map/")
        let cases = shared.places.get[province.slug] ?? []
        values.place = PlaceValues(
            title: province.name, fullName: province.fullName, count: cases.count, mapURL: url("map/"),
            cases: cases.map { i in
                let c = model.cases[i]
                let place = [c.location?.city, c.location?.county].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                return PlaceValues.PlaceCase(title: c.title, url: url(model.casePath(i)),
                                             date: DateFormat.display(c.date, language: model.config.language), dateISO: c.date.iso,
                                             summary: c.summary ?? bodies[i].summary, place: place, category: categoryRef(c.category))
            })
        return values
    }
}
