/// The columns of a case sheet: a header names a front-matter key (in Chinese, as
/// `exhibit new sheet` writes it, or as the key itself), a figure (`数据：苹果增产（%）`)
/// or the body (`正文`).
enum CaseColumn: Equatable {
    case field(String)
    case metric(label: String, unit: String)
    case body

    /// Front-matter keys a sheet can fill, in the order files are written, with headers.
    static let fields: [(key: String, header: String)] = [
        ("title", "标题"), ("date", "日期"), ("category", "类别"), ("slug", "网址名"), ("summary", "摘要"),
        ("organization", "单位"), ("tags", "标签"), ("partners", "合作单位"), ("cover", "封面"),
        ("cover_alt", "封面说明"), ("featured", "推荐"),
    ]
    static let bodyHeader = "正文"
    static let metricPrefixes = ["数据：", "数据:"]

    /// The column a header names; nil for a header Exhibit does not know.
    static func named(_ header: String) -> CaseColumn? {
        if header == bodyHeader || header == "body" { return .body }
        if let field = fields.first(where: { $0.header == header || $0.key == header }) { return .field(field.key) }
        guard let prefix = metricPrefixes.first(where: header.hasPrefix) else { return nil }
        var label = String(header.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        var unit = ""
        for (open, close) in [("（", "）"), ("(", ")")] where label.hasSuffix(close) {
            if let start = label.range(of: open, options: .backwards) {
                unit = String(label[start.upperBound..<label.index(before: label.endIndex)]).trimmingCharacters(in: .whitespaces)
                label = String(label[..<start.lowerBound]).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        return label.isEmpty ? nil : .metric(label: label, unit: unit)
    }

    /// The header of a figure's column: `数据：苹果增产（%）`.
    static func header(metric label: String, unit: String) -> String {
        "数据：\(label)" + (unit.isEmpty ? "" : "（\(unit)）")
    }

    /// Every header a sheet may have, for "did you mean".
    static var knownHeaders: [String] { fields.map(\.header) + [bodyHeader] }
}
