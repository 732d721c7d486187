import ExhibitText
import Foundation

/// Checks every row of a case sheet against the site: each bad cell is a `SheetProblem`
/// at its place with a fix, all of them in one pass (an office fixes a sheet of forty
/// rows once, not forty times).
struct SheetReader {
    let table: SheetTable
    let site: SiteConfig

    func records() -> (records: [CaseRecord], problems: [SheetProblem]) {
        var problems: [SheetProblem] = []
        var columns: [Int: CaseColumn] = [:]
        for (i, header) in table.header.enumerated() where !header.isEmpty {
            if case .indicator(let id)? = CaseColumn.named(header), site.indicators.indicator(id) == nil {
                let ids = site.indicators.indicators.map(\.id)
                let guess = Suggestion.closest(to: id, in: ids).map { "did you mean `\($0)`? " } ?? ""
                problems.append(SheetProblem(place: table.place(row: -1, column: i), message: "unknown indicator `\(id)`",
                                             fix: ids.isEmpty ? "the site has no indicator framework: head the column `数据：名称（单位）` instead"
                                                 : "\(guess)write `指标：名称（id）` with an id of the framework: \(ids.joined(separator: ", "))"))
            } else if let column = CaseColumn.named(header) {
                columns[i] = column
            } else {
                let guess = Suggestion.closest(to: header, in: CaseColumn.knownHeaders).map { "did you mean `\($0)`? " } ?? ""
                problems.append(SheetProblem(place: table.place(row: -1, column: i), message: "unknown column `\(header)`",
                                             fix: "\(guess)the columns are \(CaseColumn.knownHeaders.joined(separator: ", ")), and figures as `数据：名称（单位）`"))
            }
        }
        for key in ["title", "date", "category"] where !columns.values.contains(.field(key)) {
            let header = CaseColumn.fields.first { $0.key == key }!.header
            problems.append(SheetProblem(place: table.place(row: -1, column: table.header.count), message: "the sheet has no `\(header)` column",
                                         fix: "add a column headed `\(header)`; `exhibit new sheet` writes a sheet with every column"))
        }
        guard problems.isEmpty else { return ([], problems) }
        var records: [CaseRecord] = []
        var titles: [String: Int] = [:], slugs: [String: Int] = [:]
        let titleColumn = columns.first { $0.value == .field("title") }!.key
        for (r, cells) in table.rows.enumerated() {
            var record = CaseRecord(row: r, title: "", slug: "", entries: [:], covered: [], body: nil)
            var figures: [(column: FigureColumn, value: Double)] = []
            for (c, column) in columns.sorted(by: { $0.key < $1.key }) {
                let raw = cells[c].trimmingCharacters(in: .whitespacesAndNewlines)
                let place = table.place(row: r, column: c)
                switch column {
                case .body: record.body = cells[c]
                case .metric, .indicator:
                    record.covered.insert("metrics")
                    guard !raw.isEmpty, let figure = FigureColumn(column) else { continue }
                    if let value = Self.number(raw) {
                        figures.append((figure, value))
                    } else if case .free(let label, let unit) = figure {
                        problems.append(SheetProblem(place: place, message: "`\(raw)` is not a number (figure `\(label)`)",
                                                     fix: "write digits only, e.g. `30` or `2.5`; the unit belongs in the column header (`数据：\(label)（\(unit.isEmpty ? "个" : unit)）`)"))
                    } else if case .indicator(let id) = figure {
                        let unit = site.indicators.indicator(id)?.unit ?? ""
                        problems.append(SheetProblem(place: place, message: "`\(raw)` is not a number (indicator `\(id)`)",
                                                     fix: "write digits only, e.g. `86.5`" + (unit.isEmpty ? "" : "; the unit is \(unit)")))
                    }
                case .field(let key):
                    record.covered.insert(key)
                    guard !raw.isEmpty else {
                        if ["title", "date", "category"].contains(key) {
                            problems.append(SheetProblem(place: place, message: "the `\(CaseColumn.fields.first { $0.key == key }!.header)` cell is empty",
                                                         fix: "every case needs a title, a date and a category"))
                        }
                        continue
                    }
                    if let entry = field(key, raw, place: place, problems: &problems) { record.entries[key] = entry }
                    if key == "title" { record.title = raw }
                    if key == "slug" { record.slug = raw }
                }
            }
            if !figures.isEmpty { record.entries["metrics"] = RecordYAML.metrics(figures) }
            if record.slug.isEmpty || !Slug.isURLSafe(record.slug) { record.slug = Slug.pathSegment(record.title) }
            guard !record.title.isEmpty else { continue }
            let titlePlace = table.place(row: r, column: titleColumn)
            if let first = titles[record.title] {
                problems.append(SheetProblem(place: titlePlace, message: "the title `\(record.title)` is also in row \(first + 2)",
                                             fix: "each case is one row: delete one of the two rows, or tell the two cases apart in their titles"))
            } else if let first = slugs[record.slug] {
                problems.append(SheetProblem(place: titlePlace, message: "the title reads `\(record.slug)` in pinyin, as the title of row \(first + 2) does: both would be content/cases/\(record.slug).md",
                                             fix: "fill in the `网址名` column of one of them (lower-case letters, digits and hyphens)"))
            }
            titles[record.title] = titles[record.title] ?? r
            slugs[record.slug] = slugs[record.slug] ?? r
            records.append(record)
        }
        return (records, problems)
    }

    /// A cell of a front-matter column as its YAML entry; nil (and a problem) when bad.
    private func field(_ key: String, _ raw: String, place: String, problems: inout [SheetProblem]) -> String? {
        switch key {
        case "date":
            // Excel and WPS write dates as 2024/6/18 in CSV; Chinese users write 2024年6月18日.
            switch CaseDate.parse(written: raw) {
            case .success(let date)?: return "date: \(date.iso)"
            case .failure(.impossible(let why))?:
                problems.append(SheetProblem(place: place, message: "`\(raw)` is not a real date: \(why)", fix: "check the day and month; write e.g. `2024-06-18`"))
            case .failure(.yearOutOfRange)?:
                problems.append(SheetProblem(place: place, message: "`\(raw)` is not a plausible date", fix: "check the year for a typo; write e.g. `2024-06-18`"))
            case nil:
                problems.append(SheetProblem(place: place, message: "`\(raw)` is not a date", fix: "write e.g. `2024-06-18` (or format the cell as a date)"))
            }
            return nil
        case "category":
            if let category = site.categories.first(where: { $0.id == raw || $0.name == raw }) { return "category: \(category.id)" }
            let candidates = site.categories.map(\.id) + site.categories.map(\.name)
            let guess = Suggestion.closest(to: raw, in: candidates).map { "did you mean `\($0)`? " } ?? ""
            problems.append(SheetProblem(place: place, message: "unknown category `\(raw)`",
                                         fix: "\(guess)use one of the categories of content/site.yaml: " + site.categories.map { "\($0.id)（\($0.name)）" }.joined(separator: ", ")))
            return nil
        case "tags", "partners":
            let items = raw.split(whereSeparator: { ",，、;；\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return items.isEmpty ? nil : RecordYAML.list(key, items)
        case "featured":
            if ["是", "true", "TRUE", "True", "1", "yes", "√"].contains(raw) { return "featured: true" }
            if ["否", "false", "FALSE", "False", "0", "no"].contains(raw) { return nil }
            problems.append(SheetProblem(place: place, message: "`\(raw)` is neither 是 nor 否", fix: "write `是` to show the case on the home page, or leave the cell empty"))
            return nil
        case "slug":
            guard Slug.isURLSafe(raw) else {
                problems.append(SheetProblem(place: place, message: "`\(raw)` cannot be a web address name", fix: "use lower-case letters, digits and hyphens, e.g. `\(Slug.pathSegment(raw))`, or leave it empty for the title's pinyin"))
                return nil
            }
            return RecordYAML.scalar(key, raw)
        default:
            return RecordYAML.scalar(key, raw)
        }
    }

    /// A figure as spreadsheets write it: `1,200`, `30`, `2.5`, `30%` is not (the unit is
    /// in the header). Nil when it is not a finite number within `Metric.limit`.
    static func number(_ raw: String) -> Double? {
        let text = raw.replacingOccurrences(of: ",", with: "")
        guard let value = FieldReader.yamlNumber(text), value.isFinite, abs(value) < Metric.limit else { return nil }
        return value
    }
}
