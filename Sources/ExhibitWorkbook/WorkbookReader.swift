import Foundation
import SWXMLHash
import ZIPFoundation

/// Reads an .xlsx workbook (Excel, WPS, LibreOffice, or `WorkbookWriter`): the zip with
/// ZIPFoundation, its XML with SWXMLHash. Each sheet's cells as typed values: shared and
/// inline strings as text, numbers, and numbers in a date format as dates (a workbook
/// stores a date as a count of days).
public enum WorkbookReader {
    /// The most one part of a workbook may unpack to: 100,000 rows of cases are about
    /// 60 MB of sheet XML.
    static let maximumPartBytes = 128 << 20

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public static func read(_ url: URL) throws -> Workbook {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw Failure(description: "it is not an .xlsx workbook (not a zip file)")
        }
        func xml(_ path: String) throws -> XMLIndexer? {
            guard let entry = archive[path] else { return nil }
            var data = Data()
            // Unpacked as it is read, and stopped past the bound: a workbook of a few
            // kilobytes can unpack to gigabytes (a zip bomb), and its declared sizes can lie.
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > Self.maximumPartBytes {
                    throw Failure(description: "its part \(path) unpacks to more than \(Self.maximumPartBytes >> 20) MB: it is not a sheet of cases")
                }
            }
            return XMLHash.parse(data)
        }
        guard let book = try xml("xl/workbook.xml") else { throw Failure(description: "it has no xl/workbook.xml: save it again as .xlsx") }
        let strings = try xml("xl/sharedStrings.xml").map { sst in sst["sst"]["si"].all.map(Self.text) } ?? []
        let dates = try xml("xl/styles.xml").map(dateStyles) ?? []
        var targets: [String: String] = [:]
        for rel in try xml("xl/_rels/workbook.xml.rels")?["Relationships"]["Relationship"].all ?? [] {
            if let id = rel.element?.attribute(by: "Id")?.text, let target = rel.element?.attribute(by: "Target")?.text {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var sheets: [Workbook.Sheet] = []
        for (i, sheet) in book["workbook"]["sheets"]["sheet"].all.enumerated() {
            let name = sheet.element?.attribute(by: "name")?.text ?? "Sheet\(i + 1)"
            let path = (sheet.element?.attribute(by: "r:id")?.text).flatMap { targets[$0] } ?? "xl/worksheets/sheet\(i + 1).xml"
            guard let data = try xml(path) else { continue }
            sheets.append(Workbook.Sheet(name: name, columns: [], rows: rows(data, strings: strings, dates: dates)))
        }
        return Workbook(sheets: sheets)
    }

    private static func rows(_ sheet: XMLIndexer, strings: [String], dates: Set<Int>) -> [[Workbook.Cell]] {
        var rows: [[Workbook.Cell]] = []
        for row in sheet["worksheet"]["sheetData"]["row"].all {
            // Rows and cells may be left out when empty; their references say where they are.
            let r = (row.element?.attribute(by: "r")?.text).flatMap(Int.init) ?? rows.count + 1
            while rows.count < r { rows.append([]) }
            var cells: [Workbook.Cell] = []
            for cell in row["c"].all {
                let reference = cell.element?.attribute(by: "r")?.text ?? ""
                let column = reference.isEmpty ? cells.count : columnIndex(reference)
                while cells.count < column { cells.append(.empty) }
                let type = cell.element?.attribute(by: "t")?.text ?? "n"
                let value = cell["v"].element?.text
                let style = (cell.element?.attribute(by: "s")?.text).flatMap(Int.init) ?? 0
                let parsed: Workbook.Cell
                switch type {
                case "s": parsed = value.flatMap(Int.init).flatMap { $0 < strings.count ? .text(strings[$0]) : nil } ?? .empty
                case "inlineStr": parsed = .text(text(cell["is"]))
                case "str", "e": parsed = value.map { .text($0) } ?? .empty
                case "b": parsed = .text(value == "1" ? "是" : "否")
                default:
                    guard let number = value.flatMap(Double.init) else { parsed = .empty; break }
                    parsed = dates.contains(style) ? date(serial: number) : .number(number)
                }
                cells.append(parsed)
            }
            rows[r - 1] = cells
        }
        return rows
    }

    /// The text of a shared or inline string: one `<t>`, or the `<t>` of each rich-text run.
    private static func text(_ item: XMLIndexer) -> String {
        if let t = item["t"].element { return t.text }
        return item["r"].all.map { $0["t"].element?.text ?? "" }.joined()
    }

    /// `C7` → 2.
    static func columnIndex(_ reference: String) -> Int {
        var n = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            n = n * 26 + Int(scalar.value - 64)
        }
        return n - 1
    }

    /// The indices of the cell styles whose number format is a date: the built-in date
    /// formats (14–22, 45–47) and custom formats that write a year or a day.
    private static func dateStyles(_ styles: XMLIndexer) -> Set<Int> {
        var custom: [Int: String] = [:]
        for format in styles["styleSheet"]["numFmts"]["numFmt"].all {
            if let id = (format.element?.attribute(by: "numFmtId")?.text).flatMap(Int.init), let code = format.element?.attribute(by: "formatCode")?.text {
                custom[id] = code
            }
        }
        var result = Set<Int>()
        for (i, xf) in styles["styleSheet"]["cellXfs"]["xf"].all.enumerated() {
            guard let id = (xf.element?.attribute(by: "numFmtId")?.text).flatMap(Int.init) else { continue }
            if (14...22).contains(id) || (45...47).contains(id) { result.insert(i); continue }
            if let code = custom[id] {
                // Quoted text and [colour] or [$-locale] parts are not the format's letters.
                let letters = code.lowercased().replacingOccurrences(of: #""[^"]*"|\[[^\]]*\]"#, with: "", options: .regularExpression)
                if letters.contains("y") || letters.contains("d") { result.insert(i) }
            }
        }
        return result
    }

    /// A date serial (days since 1899-12-30, as Excel counts after its 1900 leap-year bug).
    static func date(serial: Double) -> Workbook.Cell {
        // Days since 1970-01-01, then the civil date (Howard Hinnant's days_from_civil inverse).
        let z = Int(serial.rounded(.down)) - 25569 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return .date(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
