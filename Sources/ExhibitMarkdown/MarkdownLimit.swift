/// A place where a body went past a bound of `MarkdownBounds`, and what was done instead.
public struct MarkdownLimit: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The body has this many bytes, more than `MarkdownBounds.maxBytes`: not rendered.
        case tooLarge(bytes: Int)
        /// A table with this many columns: shown as plain text.
        case tableColumns(Int)
        /// A row with this many cells in a table of `columns`: the extra cells are dropped,
        /// as GitHub's Markdown drops them, without reading them.
        case tableRowCells(Int, columns: Int)
        /// Block quotes and lists nested deeper than `MarkdownBounds.maxNesting`: the rest
        /// of the line is text.
        case nesting
        /// A paragraph with this many `![`, more than `maxOpenImages` of them open at once
        /// around links: they are shown as typed.
        case openImages(Int)
    }

    public var kind: Kind
    /// The line in the file (the front matter's lines included, like every reported line).
    public var line: Int
    public var column: Int

    public init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}
