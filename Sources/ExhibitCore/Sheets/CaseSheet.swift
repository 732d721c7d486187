import ExhibitWorkbook
import Foundation

/// The case workbook of `exhibit new sheet` (empty, to be filled in by the branches) and
/// `exhibit export` (every case, in the same shape, for `import --update`): a column per
/// front-matter field and per figure, a drop-down of the categories, date cells, the body
/// last, and a sheet of instructions in Chinese.
public struct CaseSheet: Sendable {
    public var siteRoot: URL

    public init(siteRoot: URL) { self.siteRoot = siteRoot.standardizedFileURL }

    /// An empty sheet with the site's categories and the figures its cases report.
    public func blank(to path: String) throws {
        let (site, cases) = try load()
        try write(workbook(site: site, cases: cases, rows: false), to: path)
    }

    /// Every case of the site, one row each (files in name order).
    public func export(to path: String) throws -> Int {
        let (site, cases) = try load()
        try write(workbook(site: site, cases: cases, rows: true), to: path)
        return cases.count
    }

    private func write(_ workbook: Workbook, to path: String) throws {
        do { try WorkbookWriter.write(workbook, to: path) } catch let failure as WorkbookWriter.Failure {
            throw ScaffoldError.cannotWrite(path, reason: failure.description)
        }
    }

    private func load() throws -> (SiteConfig, [Case]) {
        let site = try SheetImport(siteRoot: siteRoot, update: false).siteConfig()
        return (site, ExistingCases(siteRoot: siteRoot, site: site).all.compactMap(\.parsed))
    }

    func workbook(site: SiteConfig, cases: [Case], rows: Bool) -> Workbook {
        // The figures: every free metric's label and unit, in the order cases first use them.
        // Then, when the site has a framework, a column per indicator.
        var figures: [FigureColumn] = []
        for c in cases {
            for m in c.metrics where m.indicator == nil && !figures.contains(where: { $0.matches(m) }) {
                figures.append(.free(label: m.label, unit: m.unit))
            }
        }
        let indicators = site.indicators.indicators
        figures += indicators.map { .indicator($0.id) }
        var columns = CaseColumn.fields.map { field -> Workbook.Column in
            switch field.key {
            case "date": return .init(field.header, .date)
            case "category": return .init(field.header, .choice(site.categories.map(\.id)))
            case "featured": return .init(field.header, .choice(["是", "否"]))
            default: return .init(field.header)
            }
        }
        columns += figures.map { figure in
            switch figure {
            case .free(let label, let unit): return .init(CaseColumn.header(metric: label, unit: unit), .number)
            case .indicator(let id): return .init(CaseColumn.header(indicator: indicators.first { $0.id == id }!), .number)
            }
        }
        columns.append(.init(CaseColumn.bodyHeader, .longText))
        let cells = rows ? cases.map { row($0, figures: figures) } : []
        return Workbook(sheets: [
            .init(name: WorkbookSheet.casesSheet, columns: columns, rows: cells),
            .init(name: WorkbookSheet.instructionsSheet, columns: [], rows: instructions(site).map { [.text($0)] }),
        ])
    }

    private func row(_ c: Case, figures: [FigureColumn]) -> [Workbook.Cell] {
        func text(_ value: String?) -> Workbook.Cell { (value ?? "").isEmpty ? .empty : .text(value!) }
        var cells: [Workbook.Cell] = [
            .text(c.title),
            c.date.day != nil && c.date.minuteOfDay == nil ? .date(year: c.date.year, month: c.date.month!, day: c.date.day!) : .text(c.date.iso),
            .text(c.category), .text(c.slug), text(c.summary), text(c.organization),
            text(c.tags.joined(separator: "、")), text(c.partners.joined(separator: "、")),
            text(c.cover), text(c.coverAlt), c.featured ? .text("是") : .empty,
        ]
        for figure in figures {
            let m = c.metrics.first(where: figure.matches)
            cells.append(m.map { .number($0.value) } ?? .empty)
        }
        cells.append(text(c.body.trimmingCharacters(in: .whitespacesAndNewlines)))
        return cells
    }

    private func instructions(_ site: SiteConfig) -> [String] {
        [
            "案例收集表填写说明",
            "1. 每个案例填一行，请在“\(WorkbookSheet.casesSheet)”工作表中填写；第一行是表头，请勿修改。",
            "2. 标题、日期、类别必填。日期请填写为日期格式，如 2024-06-18；也可只写年月，如 2024-06。",
            "3. 类别请从下拉列表中选择：" + site.categories.map { "\($0.id)（\($0.name)）" }.joined(separator: "、") + "。",
            "4. 网址名可不填，默认取标题的拼音；填写时只用小写字母、数字和连字符。",
            "5. 标签、合作单位：多个之间用顿号“、”分隔。推荐：填“是”则在首页展示。",
            "6. “数据：名称（单位）”和“指标：名称（编号）”各列只填数字，如 200 或 2.5，不要写单位或文字；单位已在表头或指标体系中。需要新的数据项时，可按“数据：名称（单位）”的格式增加一列。",
            "7. 正文写在最后一列，可分段；支持 Markdown。",
            "8. 请勿填写身份证号、手机号、银行卡号、个人邮箱等个人信息：导入后检查会逐条提示。",
            "9. 填好后交宣传部，由宣传部用 exhibit import 导入、审核后发布。",
        ]
    }
}
