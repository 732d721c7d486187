import CXlsxWriter
import Foundation

/// Writes a `Workbook` as .xlsx through libxlsxwriter (the format's details, shared
/// strings, styles and validations, are its job, not ours): a bold frozen header row,
/// date cells formatted `yyyy-mm-dd`, drop-downs and date checks on the rows an office
/// fills in.
public enum WorkbookWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Rows below the header that get the drop-downs and date checks, beyond those written.
    public static let fillableRows = 200

    public static func write(_ workbook: Workbook, to path: String) throws {
        guard let book = workbook_new(path) else { throw Failure(description: "cannot create \(path)") }
        let bold = workbook_add_format(book)
        format_set_bold(bold)
        format_set_text_wrap(bold)
        let dateFormat = workbook_add_format(book)
        format_set_num_format(dateFormat, "yyyy-mm-dd")
        let wrap = workbook_add_format(book)
        format_set_text_wrap(wrap)
        format_set_align(wrap, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        for sheet in workbook.sheets {
            guard let ws = workbook_add_worksheet(book, sheet.name) else {
                workbook_close(book)
                throw Failure(description: "cannot add the sheet \(sheet.name)")
            }
            if sheet.columns.isEmpty {
                worksheet_set_column(ws, 0, 0, 100, wrap)
                for (r, row) in sheet.rows.enumerated() { _ = write(row.first ?? .empty, ws, UInt32(r), 0, dateFormat, wrap) }
                continue
            }
            let last = UInt32(max(sheet.rows.count, fillableRows))
            for (c, column) in sheet.columns.enumerated() {
                let col = UInt16(c)
                worksheet_write_string(ws, 0, col, column.header, bold)
                switch column.kind {
                case .longText: worksheet_set_column(ws, col, col, 60, wrap)
                case .date:
                    worksheet_set_column(ws, col, col, 12, dateFormat)
                    exhibit_date_validation(ws, 1, last, col, "日期", "请填写 1900 年到 2200 年之间的日期，如 2024-06-18")
                case .choice(let values):
                    worksheet_set_column(ws, col, col, 22, nil)
                    try withCStrings(values) { list in
                        let error = exhibit_list_validation(ws, 1, last, col, list, "类别", "请从下拉列表中选择类别")
                        if error != LXW_NO_ERROR { throw Failure(description: String(cString: lxw_strerror(error))) }
                    }
                default: worksheet_set_column(ws, col, col, max(10, min(30, Double(column.header.count) * 2 + 4)), nil)
                }
            }
            worksheet_freeze_panes(ws, 1, 0)
            for (r, row) in sheet.rows.enumerated() {
                for (c, cell) in row.enumerated() where write(cell, ws, UInt32(r + 1), UInt16(c), dateFormat, wrap) != LXW_NO_ERROR {
                    // A cell libxlsxwriter refuses (a text over 32,767 characters) would
                    // be left empty without a word: the workbook is not written at all.
                    workbook_close(book)
                    try? FileManager.default.removeItem(atPath: path)
                    throw Failure(description: "row \(r + 2), column \(c + 1) of the sheet \(sheet.name): "
                        + "the text is longer than a cell of a workbook holds (32,767 characters)")
                }
            }
        }
        let error = workbook_close(book)
        if error != LXW_NO_ERROR { throw Failure(description: "cannot write \(path): \(String(cString: lxw_strerror(error)))") }
    }

    private static func write(_ cell: Workbook.Cell, _ ws: UnsafeMutablePointer<lxw_worksheet>, _ row: UInt32, _ col: UInt16,
                              _ dateFormat: UnsafeMutablePointer<lxw_format>?, _ wrap: UnsafeMutablePointer<lxw_format>?) -> lxw_error {
        switch cell {
        case .empty: LXW_NO_ERROR
        case .text(let text): worksheet_write_string(ws, row, col, text, text.contains("\n") ? wrap : nil)
        case .number(let value): worksheet_write_number(ws, row, col, value, nil)
        case .date(let year, let month, let day): exhibit_write_date(ws, row, col, Int32(year), Int32(month), Int32(day), dateFormat)
        }
    }

    /// `strings` as a NULL-terminated C array for the length of `body`.
    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>) throws -> T) rethrows -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var pointers = copies.map { UnsafePointer($0) } + [nil]
        return try pointers.withUnsafeMutableBufferPointer { try body($0.baseAddress!) }
    }
}
