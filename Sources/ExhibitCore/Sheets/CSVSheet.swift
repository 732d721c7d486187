import Foundation
import SwiftCSV

/// Reads a CSV file saved by Excel or WPS: UTF-8 with or without a BOM, or GBK/GB18030
/// (what "CSV" means in a Chinese Excel), decoded as source files are (`SourceText`).
public enum CSVSheet {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notText(String)
        case unreadable(String, String)
        case empty(String)

        public var description: String {
            switch self {
            case .notText(let file): return "\(file): error: the file is neither UTF-8 nor GBK text\n    fix: in Excel or WPS save it again as “CSV UTF-8” (or as .xlsx)"
            case .unreadable(let file, let why):
                let workbook = file.lowercased().hasSuffix(".xlsx")
                return "\(file): error: the \(workbook ? "workbook" : "CSV file") cannot be read: \(why)\n"
                    + "    fix: save it again from Excel or WPS as \(workbook ? ".xlsx (Excel workbook)" : "CSV (UTF-8)")"
            case .empty(let file): return "\(file): error: the file has no header row\n    fix: start with the header row of `exhibit new sheet` (标题, 日期, 类别, …)"
            }
        }
    }

    public static func read(_ data: Data, file: String) throws -> SheetTable {
        guard let source = SourceText(bytes: Array(data)) else { throw Failure.notText(file) }
        // SwiftCSV reads a quote that never closes to the end of the file: the rows after
        // it would become one cell's text, and those cases would be lost without a word.
        if let line = unclosedQuote(in: source.text) {
            throw Failure.unreadable(file, "the quote `\"` that opens a cell on line \(line) never closes, so every row after it would be read as that cell's text")
        }
        let parsed: CSV<Enumerated>
        do {
            parsed = try CSV<Enumerated>(string: source.text, delimiter: .comma, loadColumns: false)
        } catch {
            throw Failure.unreadable(file, "\(error)")
        }
        let header = parsed.header.map { $0.trimmingCharacters(in: .whitespaces) }
        guard header.contains(where: { !$0.isEmpty }) else { throw Failure.empty(file) }
        // Rows that are all empty are the blank lines Excel leaves below a table.
        let rows = parsed.rows.map { row in
            (0..<header.count).map { $0 < row.count ? row[$0] : "" }
        }.filter { $0.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
        return SheetTable(file: file, sheet: nil, header: header, rows: rows)
    }

    /// The line of a quote that opens a quoted cell and is not closed by the end of the
    /// text (RFC 4180: a quote opens a cell only at its start; `""` inside one is a quote).
    static func unclosedQuote(in text: String) -> Int? {
        var line = 1, opened = 0, quoted = false, cellStart = true
        var bytes = text.utf8.makeIterator()
        var pending: UInt8? = nil
        while let byte = pending ?? bytes.next() {
            pending = nil
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    let next = bytes.next()
                    if next == UInt8(ascii: "\"") { continue }
                    quoted = false
                    pending = next
                    continue
                }
            } else if byte == UInt8(ascii: "\""), cellStart {
                quoted = true
                opened = line
            }
            if byte == UInt8(ascii: "\n") { line += 1 }
            cellStart = !quoted && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n"))
        }
        return quoted ? opened : nil
    }
}
