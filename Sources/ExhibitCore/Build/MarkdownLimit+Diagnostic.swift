import ExhibitMarkdown
import Foundation

extension MarkdownLimit {
    /// The message for a body that went past a bound: an error when the body was not
    /// rendered at all, a warning when only the part at this line looks different.
    func diagnostic(path: String) -> Diagnostic {
        switch kind {
        case .tooLarge(let bytes):
            let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
            return .error(path, line: line, column: column,
                "the Markdown body is \(megabytes) MB, more than the \(MarkdownBounds.maxBytes / 1_048_576) MB one page can have",
                fix: "split it into several cases or pages, and put large data in a file beside it")
        case .tableColumns(let columns):
            return .warning(path, line: line, column: column,
                "this table has \(columns) columns, more than the \(MarkdownBounds.maxTableColumns) a table can have; it is shown as plain text",
                fix: "split it into tables of at most \(MarkdownBounds.maxTableColumns) columns, or put the data in a CSV file beside the case and link to it")
        case .tableRowCells(let cells, let columns):
            return .warning(path, line: line, column: column,
                "this table row has \(cells) cells but its table \(columns) columns; the cells after column \(columns) are not shown",
                fix: "add the columns to the table's first two rows, or remove the extra `|`")
        case .nesting:
            return .warning(path, line: line, column: column,
                "block quotes and lists are nested more than \(MarkdownBounds.maxNesting) levels deep here; the rest of the line is shown as text",
                fix: "nest fewer levels; write a `>` or list marker meant as text as `\\>` or `\\-`")
        case .openImages(let count):
            return .warning(path, line: line, column: column,
                "this paragraph has \(count) `![`, with more than \(MarkdownBounds.maxOpenImages) images open at once (never closed by `]`); they are shown as typed, not as images",
                fix: "close each image as `![alt](picture.png)`, or write a `![` meant as text as `!\\[`")
        }
    }
}
