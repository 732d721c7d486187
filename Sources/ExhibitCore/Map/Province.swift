import Foundation
import ExhibitText

/// China's 34 province-level divisions: their names as editors write them, a pinyin slug
/// for `/places/<slug>/`, and a place on the tile-grid map. A table in code rather than
/// geodata: the map must be drawn without a download or a network, and 34 rows are
/// easier to check by eye than any file.
public struct Province: Sendable, Equatable {
    /// The short form pages show (`陕西`, `内蒙古`, `香港`).
    public let name: String
    /// The official name (`陕西省`, `内蒙古自治区`, `香港特别行政区`).
    public let fullName: String
    /// `shaanxi` (陕西) and `shanxi` (山西) differ as in the official romanisation.
    public let slug: String
    /// The tile's column and row on the grid map (9 × 8), in its approximate place.
    public let column: Int
    public let row: Int

    public static let gridColumns = 9
    public static let gridRows = 8

    public static let all: [Province] = [
        Province(name: "黑龙江", fullName: "黑龙江省", slug: "heilongjiang", column: 8, row: 0),
        Province(name: "内蒙古", fullName: "内蒙古自治区", slug: "neimenggu", column: 5, row: 1),
        Province(name: "北京", fullName: "北京市", slug: "beijing", column: 6, row: 1),
        Province(name: "吉林", fullName: "吉林省", slug: "jilin", column: 8, row: 1),
        Province(name: "新疆", fullName: "新疆维吾尔自治区", slug: "xinjiang", column: 1, row: 2),
        Province(name: "宁夏", fullName: "宁夏回族自治区", slug: "ningxia", column: 4, row: 2),
        Province(name: "山西", fullName: "山西省", slug: "shanxi", column: 5, row: 2),
        Province(name: "河北", fullName: "河北省", slug: "hebei", column: 6, row: 2),
        Province(name: "天津", fullName: "天津市", slug: "tianjin", column: 7, row: 2),
        Province(name: "辽宁", fullName: "辽宁省", slug: "liaoning", column: 8, row: 2),
        Province(name: "青海", fullName: "青海省", slug: "qinghai", column: 2, row: 3),
        Province(name: "甘肃", fullName: "甘肃省", slug: "gansu", column: 3, row: 3),
        Province(name: "陕西", fullName: "陕西省", slug: "shaanxi", column: 4, row: 3),
        Province(name: "河南", fullName: "河南省", slug: "henan", column: 5, row: 3),
        Province(name: "山东", fullName: "山东省", slug: "shandong", column: 6, row: 3),
        Province(name: "西藏", fullName: "西藏自治区", slug: "xizang", column: 2, row: 4),
        Province(name: "四川", fullName: "四川省", slug: "sichuan", column: 3, row: 4),
        Province(name: "重庆", fullName: "重庆市", slug: "chongqing", column: 4, row: 4),
        Province(name: "湖北", fullName: "湖北省", slug: "hubei", column: 5, row: 4),
        Province(name: "安徽", fullName: "安徽省", slug: "anhui", column: 6, row: 4),
        Province(name: "江苏", fullName: "江苏省", slug: "jiangsu", column: 7, row: 4),
        Province(name: "上海", fullName: "上海市", slug: "shanghai", column: 8, row: 4),
        Province(name: "云南", fullName: "云南省", slug: "yunnan", column: 3, row: 5),
        Province(name: "贵州", fullName: "贵州省", slug: "guizhou", column: 4, row: 5),
        Province(name: "湖南", fullName: "湖南省", slug: "hunan", column: 5, row: 5),
        Province(name: "江西", fullName: "江西省", slug: "jiangxi", column: 6, row: 5),
        Province(name: "浙江", fullName: "浙江省", slug: "zhejiang", column: 7, row: 5),
        Province(name: "广西", fullName: "广西壮族自治区", slug: "guangxi", column: 4, row: 6),
        Province(name: "广东", fullName: "广东省", slug: "guangdong", column: 5, row: 6),
        Province(name: "福建", fullName: "福建省", slug: "fujian", column: 6, row: 6),
        Province(name: "台湾", fullName: "台湾省", slug: "taiwan", column: 7, row: 6),
        Province(name: "海南", fullName: "海南省", slug: "hainan", column: 4, row: 7),
        Province(name: "澳门", fullName: "澳门特别行政区", slug: "aomen", column: 5, row: 7),
        Province(name: "香港", fullName: "香港特别行政区", slug: "xianggang", column: 6, row: 7),
    ]

    /// The province an editor means by `written`: its short form (`陕西`), its official
    /// name (`陕西省`), or the short form with 省, 市 or 自治区 (`广西自治区`); nil otherwise.
    public static func named(_ written: String) -> Province? {
        let text = written.trimmingCharacters(in: .whitespaces)
        return all.first { p in
            p.name == text || p.fullName == text || ["省", "市", "自治区"].contains { p.name + $0 == text }
        }
    }

    /// Traditional and variant characters of the provinces' names, to their simplified
    /// forms: `陝西`, `陜西` and `廣東` are the names of partners in Taiwan and Hong Kong, and
    /// by edit distance alone `陜西` is as close to 山西 as to 陕西.
    static let simplified: [Character: Character] = [
        "陝": "陕", "陜": "陕", "遼": "辽", "龍": "龙", "蘇": "苏", "廣": "广", "東": "东", "貴": "贵", "雲": "云",
        "臺": "台", "灣": "湾", "門": "门", "寧": "宁", "慶": "庆", "內": "内", "肅": "肃", "陰": "阴", "維": "维",
    ]

    /// The closest name to a misspelt one (`陜西` with the variant 陜, `内蒙`, `西藏区`):
    /// the name in simplified characters, a name the text starts with, or the closest by
    /// edit distance over the short and official names.
    public static func suggestion(for written: String) -> Province? {
        let text = String(written.trimmingCharacters(in: .whitespaces).map { simplified[$0] ?? $0 })
        if let exact = named(text) { return exact }
        if let contained = all.first(where: { text.hasPrefix($0.name) || (text.count >= 2 && $0.fullName.hasPrefix(text)) }) {
            return contained
        }
        let names = all.flatMap { [$0.name, $0.fullName] }
        return Suggestion.closest(to: text, in: names).flatMap(named)
    }
}
