import ExhibitWorkbook
import Foundation

/// The case sheet of a workbook as a `SheetTable`: the sheet named `案例` (as
/// `exhibit new sheet` and `exhibit export` write it), or else the first sheet.
public enum WorkbookSheet {
    public static let casesSheet = "案例"
    public static let instructionsSheet = "填写说明"

    public static func read(_ url: URL) throws -> SheetTable {
        let workbook: Workbook
        do { workbook = try WorkbookReader.read(url) } catch let failure as WorkbookReader.Failure {
            throw CSVSheet.Failure.unreadable(url.lastPathComponent, failure.description)
        }
        guard let sheet = workbook.sheets.first(where: { $0.name == casesSheet }) ?? workbook.sheets.first,
              let header = sheet.rows.first, header.contains(where: { $0 != .empty }) else {
            throw CSVSheet.Failure.empty(url.lastPathComponent)
        }
        let names = header.map(text)
        let width = names.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
        let rows = sheet.rows.dropFirst().map { row in (0..<width).map { $0 < row.count ? text(row[$0]) : "" } }
            .filter { $0.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
        return SheetTable(file: url.lastPathComponent, sheet: sheet.name,
                          header: Array(names.prefix(width)).map { $0.trimmingCharacters(in: .whitespaces) }, rows: rows)
    }

    /// A cell as the text an import reads: dates as `2024-06-18`, whole numbers without `.0`.
    static func text(_ cell: Workbook.Cell) -> String {
        switch cell {
        case .empty: return ""
        case .text(let text): return text
        case .number(let value): return RecordYAML.number(value)
        case .date(let year, let month, let day): return String(format: "%04d-%02d-%02d", year, month, day)
        }
    }
}
