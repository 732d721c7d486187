import Foundation
@testable import ExhibitCore
import Testing

/// A quote that never closes is an error at the line it opens, never a row swallowed into
/// the cell above; quotes that close, doubled quotes and line breaks in a cell are fine.
@Suite struct CSVQuoteTests {
    static let header = "标题,日期,类别,正文\n"

    @Test func aQuoteThatNeverClosesIsAnErrorAtItsLine() {
        let text = Self.header + "甲,2024-06-18,research,\"unterminated\n乙,2024-06-18,research,b\n"
        #expect(CSVSheet.unclosedQuote(in: text) == 2)
        #expect(throws: CSVSheet.Failure.self) { try CSVSheet.read(Data(text.utf8), file: "cases.csv") }
    }

    @Test func closedQuotesDoubledQuotesAndLineBreaksInACellAreFine() throws {
        let text = Self.header + "甲,2024-06-18,research,\"第一行\n第二行，他说\"\"好\"\"\"\n乙,2024-06-18,research,b\n"
        #expect(CSVSheet.unclosedQuote(in: text) == nil)
        let table = try CSVSheet.read(Data(text.utf8), file: "cases.csv")
        #expect(table.rows.count == 2)
        #expect(table.rows[0][3] == "第一行\n第二行，他说\"好\"")
    }

    /// The data download's cells: quoted when they hold a comma, a quote, a line break
    /// (a Windows one too, which is one `Character`) or an apostrophe; formulas made text.
    @Test func aDownloadCellIsQuotedWhenItMustBe() {
        #expect(DataExport.csvText("苹果增产") == "苹果增产")
        #expect(DataExport.csvText("苹果，增产") == "苹果，增产", "a full-width comma is text")
        #expect(DataExport.csvText("Apples, \"sweet\"") == "\"Apples, \"\"sweet\"\"\"")
        #expect(DataExport.csvText("第一行\r\n第二行") == "\"第一行\r\n第二行\"")
        #expect(DataExport.csvText("第一行\n第二行") == "\"第一行\n第二行\"")
        #expect(DataExport.csvText("=HYPERLINK(1)") == "\"'=HYPERLINK(1)\"")
        #expect(DataExport.csvText("e\u{301},x") == "\"e\u{301},x\"")
    }
}
