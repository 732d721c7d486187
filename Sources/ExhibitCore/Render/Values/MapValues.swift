import ExhibitTemplates

/// `map`: /map/, where the work happened.
struct MapValues: Encodable, Sendable {
    var title: String
    /// The map (inline SVG; tiles and areas with cases link to their place pages).
    var svg: String
    /// True for the site's own outline (`content/map.geojson`), false for the tile grid.
    var outline: Bool
    /// The provinces (or the outline's areas) with cases, most first: the map's numbers.
    @Flagged var places: [PlaceLink]
    /// Cases that say where they happened, and those that do not.
    var located: Int
    var unlocated: Int
    var hasUnlocated: Bool

    struct PlaceLink: Encodable, Sendable {
        var name: String
        @Flagged var url: String?
        var count: Int
    }
}

/// `place`: /places/<province>/, the cases of one province.
struct PlaceValues: Encodable, Sendable {
    var title: String
    var fullName: String
    var count: Int
    var mapURL: String
    @Flagged var cases: [PlaceCase]

    struct PlaceCase: Encodable, Sendable {
        var title: String
        var url: String
        var date: String
        var dateISO: String
        var summary: String
        /// The city and county, as written (`延安市 宝塔区`); empty when not given.
        var place: String
        var category: CategoryRef
    }
}

/// A case's place on its page: `陕西 延安市 宝塔区`, linked to the province's page.
struct PlaceRef: Encodable, Sendable {
    var name: String
    @Flagged var url: String?
}
