/// Where a case's work happened: `location: {province: 陕西, city: 延安市, county: 宝塔区,
/// lat: 36.6, lon: 109.5}`. Names are in Chinese, as written; the province is one of the
/// 34 of `Province` (an unknown one is a warning, and the case is on no map).
public struct CaseLocation: Sendable, Equatable {
    public var province: Province?
    /// The province as written, kept for the case page when it is not one of the 34.
    public var provinceText: String?
    public var city: String?
    public var county: String?
    public var lat: Double?
    public var lon: Double?
    /// Where `location:` is written, for warnings found later (a city not on the site's map).
    public var line = 1
    public var cityColumn = 1
    public var countyColumn = 1

    /// The place in words, largest first: `陕西 延安市 宝塔区`.
    public var label: String {
        [province?.name ?? provinceText, city, county].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
