/// The columns of a case sheet: a header names a front-matter key (in Chinese, as
/// `exhibit new sheet` writes it, or as the key itself), a figure (`数据：苹果增产（%）`)
/// or the body (`正文`).
enum CaseColumn: Equatable {
    case field(String)
    case metric(label: String, unit: String)
    /// `指标：党员参与率（member-participation）`: a figure of the site's framework, by id
    /// (the text in brackets, or the whole name when there are none).
    case indicator(String)
    case body

    /// Front-matter keys a sheet can fill, in the order files are written, with headers.
    static let fields: [(key: String, header: String)] = [
        ("title", "标题"), ("date", "日期"), ("category", "类别"), ("slug", "网址名"), ("summary", "摘要"),
        ("organization", "单位"), ("tags", "标签"), ("partners", "合作单位"), ("cover", "封面"),
        ("cover_alt", "封面说明"), ("featured", "推荐"),
    ]
    static let bodyHeader = "正文"
    static let metricPrefixes = ["数据：", "数据:"]
    static let indicatorPrefixes = ["指标：", "指标:"]

    /// The column a header names; nil for a header Exhibit does not know.
    static func named(_ header: String) -> CaseColumn? {
        if header == bodyHeader || header == "body" { return .body }
        if let field = fields.first(where: { $0.header == header || $0.key == header }) { return .field(field.key) }
        if let prefix = indicatorPrefixes.first(where: header.hasPrefix) {
            let (name, id) = bracketed(String(header.dropFirst(prefix.count)))
            return .indicator(id.isEmpty ? name : id)
        }
        guard let prefix = metricPrefixes.first(where: header.hasPrefix) else { return nil }
        let (label, unit) = bracketed(String(header.dropFirst(prefix.count)))
        return label.isEmpty ? nil : .metric(label: label, unit: unit)
    }

    /// `苹果增产（%）` → (`苹果增产`, `%`); without brackets the second part is empty.
    static func bracketed(_ text: String) -> (String, String) {
        var label = text.trimmingCharacters(in: .whitespaces)
        var unit = ""
        for (open, close) in [("（", "）"), ("(", ")")] where label.hasSuffix(close) {
            if let start = label.range(of: open, options: .backwards) {
                unit = String(label[start.upperBound..<label.index(before: label.endIndex)]).trimmingCharacters(in: .whitespaces)
                label = String(label[..<start.lowerBound]).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        return (label, unit)
    }

    /// The header of an indicator's column: `指标：党员参与率（member-participation）`.
    static func header(indicator: Indicator) -> String { "指标：\(indicator.name)（\(indicator.id)）" }

    /// The header of a figure's column: `数据：苹果增产（%）`.
    static func header(metric label: String, unit: String) -> String {
        "数据：\(label)" + (unit.isEmpty ? "" : "（\(unit)）")
    }

    /// Every header a sheet may have, for "did you mean".
    static var knownHeaders: [String] { fields.map(\.header) + [bodyHeader] }
}

/// A column of figures: a free metric (label and unit) or an indicator of the framework.
enum FigureColumn: Equatable {
    case free(label: String, unit: String)
    case indicator(String)

    init?(_ column: CaseColumn?) {
        switch column {
        case .metric(let label, let unit)?: self = .free(label: label, unit: unit)
        case .indicator(let id)?: self = .indicator(id)
        default: return nil
        }
    }

    /// The figure of a case this column holds.
    func matches(_ m: Metric) -> Bool {
        switch self {
        case .free(let label, let unit): return m.indicator == nil && m.label == label && m.unit == unit
        case .indicator(let id): return m.indicator == id
        }
    }

    /// Its item of `metrics:`, as `exhibit new case` and the example site write them.
    func item(_ value: Double) -> String {
        switch self {
        case .free(let label, let unit):
            return "  - {label: \(YAMLScalar.text(label)), value: \(RecordYAML.number(value))" + (unit.isEmpty ? "" : ", unit: \(YAMLScalar.text(unit))") + "}"
        case .indicator(let id):
            return "  - {indicator: \(id), value: \(RecordYAML.number(value))}"
        }
    }
}
