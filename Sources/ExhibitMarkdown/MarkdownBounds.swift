/// Keeps Markdown away from cmark-gfm's slow paths, by changing what it is given.
///
/// cmark-gfm 0.29 has quadratic paths that a few hundred kilobytes reach: a table row's
/// cells, images left open around links (`![[]()` repeated: each link walks back over
/// every open image), and lines that follow containers nested thousands deep (each is
/// matched against every level; fifty thousand `>` use a gigabyte). Before parsing, each
/// such place is defused with backslash escapes, which cmark shows as the character typed,
/// and reported as a `MarkdownLimit`. Fenced code is left alone. Ordinary documents are
/// passed through unchanged.
public struct MarkdownBounds {
    /// Bytes of one body; a larger one is not rendered (the 10 MB test document fits).
    public static let maxBytes = 16 * 1024 * 1024
    /// Columns of one table, and cells read of one row.
    public static let maxTableColumns = 200
    /// Block quotes and list items open inside each other.
    public static let maxNesting = 100
    /// Images (`![` before its `]`) open at once when a link closes.
    public static let maxOpenImages = 100

    /// The text to parse.
    private(set) var bytes: [UInt8]
    private(set) var limits: [MarkdownLimit] = []
    /// Byte offsets (in the original) before which a backslash goes.
    private var escapes: [Int] = []
    /// For each changed line, the columns (in scalars of the new text) of the backslashes
    /// added, to give positions in the file the author edits.
    private var addedColumns: [Int: [Int]] = [:]

    init(_ source: [UInt8], screened: Bool = true) {
        bytes = source
        guard !screened || Self.mayReachABound(source) else { return }
        var lines: [Range<Int>] = []
        var start = 0, i = 0
        while i < source.count {
            if source[i] == UInt8(ascii: "\n") || source[i] == UInt8(ascii: "\r") {
                lines.append(start..<i)
                if source[i] == UInt8(ascii: "\r"), i + 1 < source.count, source[i + 1] == UInt8(ascii: "\n") { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < source.count { lines.append(start..<source.count) }
        scan(source, lines: lines)
        guard !escapes.isEmpty else { return }
        apply(source, lines: lines)
    }

    /// How many backslashes were added on `line` before `column` (both in the new text).
    func added(onLine line: Int, before column: Int) -> Int {
        guard let columns = addedColumns[line] else { return 0 }
        // Sorted: binary search, since a line may have thousands and as many links.
        var low = 0, high = columns.count
        while low < high {
            let mid = (low + high) / 2
            if columns[mid] < column { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: Finding the places

    struct Fence {
        let marker: UInt8
        let length: Int
        let quotes: Int
        let indent: Int
    }

    /// The paragraph text being read, for a delimiter row to make a table of.
    private struct Text {
        /// The container its first line opened it in.
        let quotes: Int
        let indent: Int
        /// Its last line, the header of a table a delimiter row would make.
        var last: Int
    }

    /// A table being read: the rows of its container that open no other block.
    private struct Table {
        let columns: Int
        let quotes: Int
        let indent: Int
        var reported = false
    }

    private mutating func scan(_ s: [UInt8], lines: [Range<Int>]) {
        var fence: Fence?
        var paragraph: [Int] = []  // indices of the lines of the paragraph being read
        var text: Text?
        var table: Table?
        for (index, line) in lines.enumerated() {
            let prefix = Self.prefix(s, line)
            if prefix.content == line.upperBound {
                if fence == nil {
                    finishParagraph(s, lines: lines, paragraph)
                    paragraph = []
                    text = nil
                    table = nil
                }
                continue
            }
            if let open = fence {
                let leftContainer = prefix.quotes < open.quotes || (open.indent > 0 && prefix.width < open.indent)
                if !leftContainer {
                    if Self.closesFence(s, from: prefix.content, to: line.upperBound, open) { fence = nil }
                    continue
                }
                fence = nil
            }
            if let opened = Self.opensFence(s, from: prefix.content, to: line.upperBound) {
                finishParagraph(s, lines: lines, paragraph)
                paragraph = []
                text = nil
                table = nil
                fence = Fence(marker: opened.marker, length: opened.length, quotes: prefix.quotes,
                              indent: prefix.markers > 0 || prefix.width > 0 ? prefix.contentWidth : 0)
                continue
            }
            // An indented code block (outside a paragraph) is code too.
            if paragraph.isEmpty, prefix.quotes == 0, prefix.markers == 0, prefix.width >= 4 { continue }
            if let deep = prefix.tooDeep {
                escapes.append(deep)
                limits.append(MarkdownLimit(kind: .nesting, line: index + 1, column: Self.column(s, line, deep)))
            }
            paragraph.append(index)
            let content = prefix.content..<line.upperBound
            // A heading, thematic break or HTML block ends a table and a paragraph, and
            // is neither a row nor a header (cmark-gfm sees no table in it).
            let opensBlock = Self.opensBlock(s, content)
            // Only a line of the same container, with no list marker of its own and not
            // indented into code, continues a table or makes a paragraph one.
            let plain = prefix.markers == 0 && prefix.tooDeep == nil && !opensBlock
            if let open = table {
                if plain, prefix.quotes == open.quotes, prefix.inner < open.indent + 4 {
                    // Cells after the table's last column are dropped by cmark anyway, but
                    // each costs as much to read as a shown one (and a long row quadratically):
                    // past the bound, one cell of them is read instead. A line less indented
                    // than the table is a row if the table is at the top level (its delimiter
                    // row indented), text if a list item just ended: either way, past the
                    // bound one cell of them is enough.
                    boundRow(Self.pipes(s, content), keeping: open.columns, line: index, table: &table)
                    if prefix.inner < open.indent { text = nil }
                    continue
                }
                table = nil
            }
            if opensBlock {
                text = nil
                continue
            }
            if let open = text, let columns = Self.delimiterRowColumns(s, content),
               plain, prefix.quotes == open.quotes, prefix.inner >= open.indent, prefix.inner < open.indent + 4 {
                let header = lines[open.last]
                let headerCells = Self.cells(s, Self.prefix(s, header).content..<header.upperBound)
                if columns > Self.maxTableColumns || headerCells > Self.maxTableColumns {
                    // Not a table any more: its first `-` escaped, the rows are text.
                    if let dash = s[content].firstIndex(of: UInt8(ascii: "-")) { escapes.append(dash) }
                    limits.append(MarkdownLimit(kind: .tableColumns(max(columns, headerCells)), line: open.last + 1, column: 1))
                    text?.last = index
                } else if headerCells == columns {
                    // As GFM requires, a table only where the header has the row's cells.
                    table = Table(columns: columns, quotes: open.quotes, indent: open.indent)
                    text = nil
                } else {
                    text?.last = index
                }
                continue
            }
            // A list item or a deeper block quote opens a new paragraph; any other line,
            // even a lazy one, goes on with the one being read.
            if var open = text, prefix.markers == 0, prefix.quotes <= open.quotes {
                open.last = index
                text = open
            } else {
                text = Text(quotes: prefix.quotes, indent: prefix.inner, last: index)
            }
        }
        finishParagraph(s, lines: lines, paragraph)
    }

    /// For a row past the bound, escapes its pipes past its table's columns and reports it
    /// (once a table). A shorter row is left as written: cmark drops its extra cells itself.
    private mutating func boundRow(_ pipes: [Int], keeping columns: Int, line index: Int, table: inout Table?) {
        guard pipes.count > Self.maxTableColumns + 1 else { return }
        escapes += pipes[(min(columns, Self.maxTableColumns) + 1)...]
        if table?.reported == false {
            limits.append(MarkdownLimit(kind: .tableRowCells(pipes.count - 1, columns: columns), line: index + 1, column: 1))
            table?.reported = true
        }
    }

    /// Follows the brackets of one paragraph as cmark does, and escapes its `![` when
    /// more than `maxOpenImages` images are open while a link closes.
    private mutating func finishParagraph(_ s: [UInt8], lines: [Range<Int>], _ paragraph: [Int]) {
        guard let first = paragraph.first else { return }
        var stack: [Bool] = []  // true for an image
        var openImages = 0
        var imageBrackets: [Int] = []
        var slow = false
        for index in paragraph {
            let line = lines[index]
            var i = line.lowerBound
            while i < line.upperBound {
                let byte = s[i]
                let next: UInt8? = i + 1 < line.upperBound ? s[i + 1] : nil
                if byte == UInt8(ascii: "\\") {
                    i += 2
                    continue
                }
                if byte == UInt8(ascii: "!"), next == UInt8(ascii: "[") {
                    stack.append(true)
                    openImages += 1
                    imageBrackets.append(i + 1)
                    i += 2
                    continue
                }
                if byte == UInt8(ascii: "[") {
                    stack.append(false)
                } else if byte == UInt8(ascii: "]"), let isImage = stack.popLast() {
                    if isImage {
                        openImages -= 1
                    } else if openImages > Self.maxOpenImages, next == UInt8(ascii: "(") || next == UInt8(ascii: "[") {
                        slow = true
                    }
                }
                i += 1
            }
        }
        guard slow else { return }
        escapes += imageBrackets
        limits.append(MarkdownLimit(kind: .openImages(imageBrackets.count), line: first + 1, column: 1))
    }

    // MARK: Changing the text

    private mutating func apply(_ s: [UInt8], lines: [Range<Int>]) {
        escapes.sort()
        var output: [UInt8] = []
        output.reserveCapacity(s.count + escapes.count)
        var next = 0
        var lastEnd = 0
        for (number, line) in lines.enumerated() {
            // Line terminators and anything between lines are copied as they are.
            output += s[lastEnd..<line.lowerBound]
            var added: [Int] = []
            var column = 1
            var i = line.lowerBound
            while i < line.upperBound {
                if next < escapes.count, escapes[next] == i {
                    output.append(UInt8(ascii: "\\"))
                    added.append(column)
                    column += 1
                    next += 1
                    while next < escapes.count, escapes[next] == i { next += 1 }
                }
                output.append(s[i])
                if s[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            if !added.isEmpty { addedColumns[number + 1] = added }
            lastEnd = line.upperBound
        }
        output += s[lastEnd...]
        bytes = output
    }
}
