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
            case .unreadable(let file, let why): return "\(file): error: the CSV cannot be read: \(why)\n    fix: save it again from Excel or WPS as CSV"
            case .empty(let file): return "\(file): error: the file has no header row\n    fix: start with the header row of `exhibit new sheet` (标题, 日期, 类别, …)"
            }
        }
    }

    public static func read(_ data: Data, file: String) throws -> SheetTable {
        guard let source = SourceText(bytes: Array(data)) else { throw Failure.notText(file) }
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
}
