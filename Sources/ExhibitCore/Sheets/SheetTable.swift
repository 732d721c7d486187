/// A table of cells as a spreadsheet shows it: a header row, then one row per case.
/// Read from a CSV file (`CSVSheet`); a workbook reader would give the same.
public struct SheetTable: Sendable, Equatable {
    /// The file name as messages show it (`cases.csv`).
    public var file: String
    /// The sheet's name in a workbook; nil for CSV, which has one table.
    public var sheet: String?
    public var header: [String]
    /// The rows below the header, each as long as the header (missing cells are empty).
    public var rows: [[String]]

    /// Where a cell is, as a spreadsheet names it: `cases.csv:C7`, `cases.xlsx:Sheet1!C7`.
    /// `row` is the index in `rows` (row 2 of the sheet is `rows[0]`).
    public func place(row: Int, column: Int) -> String {
        "\(file):" + (sheet.map { "\($0)!" } ?? "") + Self.columnName(column) + String(row + 2)
    }

    /// `A` … `Z`, `AA` … for a 0-based column index.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}

/// A problem of one cell of a sheet: `cases.csv:C7: error: …` and how to fix it.
public struct SheetProblem: Sendable, Equatable, CustomStringConvertible {
    public var place: String
    public var message: String
    public var fix: String

    public var description: String { "\(place): error: \(message)\n    fix: \(fix)" }
}
