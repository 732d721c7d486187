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
}
