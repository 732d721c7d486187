/// A symbol as lines of bits, by rows and by columns, with a mask applied: what
/// `QRPenalty` scores. Made once from the unmasked symbol; each mask is then a few word
/// operations a line.
struct QRLines<L: QRBitLine> {
    let width: Int
    /// Rows (bit x of row y) and columns (bit y of column x) as the current mask leaves them.
    private(set) var rows: [L]
    private(set) var columns: [L]
    /// Bits 0 to width - 2 of a line: the modules that have a next one.
    let pairs: L
    /// The unmasked symbol's lines, and which of their modules are data (masks change
    /// only those).
    private let plainRows: [L], plainColumns: [L]
    private let dataRows: [L], dataColumns: [L]
    /// The modules of the format information and the bit of it each shows.
    private let format: [(x: Int, y: Int, bit: Int)]

    init(_ grid: [UInt8], width: Int) {
        self.width = width
        var pairs = L.empty
        for x in 0..<width - 1 { pairs.set(x, true) }
        self.pairs = pairs
        var plainRows = [L](repeating: .empty, count: width), plainColumns = plainRows
        var dataRows = plainRows, dataColumns = plainRows
        grid.withUnsafeBufferPointer { grid in
            plainColumns.withUnsafeMutableBufferPointer { plainColumns in
                dataColumns.withUnsafeMutableBufferPointer { dataColumns in
                    for y in 0..<width {
                        var plain = L.empty, data = L.empty
                        for x in 0..<width {
                            let module = grid[y * width + x]
                            if module & QRGrid.dark != 0 {
                                plain.set(x, true)
                                plainColumns[x].set(y, true)
                            }
                            if module & QRGrid.function == 0 {
                                data.set(x, true)
                                dataColumns[x].set(y, true)
                            }
                        }
                        plainRows[y] = plain
                        dataRows[y] = data
                    }
                }
            }
        }
        self.plainRows = plainRows
        self.plainColumns = plainColumns
        self.dataRows = dataRows
        self.dataColumns = dataColumns
        rows = plainRows
        columns = plainColumns
        format = QREncoder.formatModules(width: width)
    }

    func isDark(x: Int, y: Int) -> Bool { rows[y].isSet(x) }

    /// The lines with mask `mask` applied and the format information of level M and that
    /// mask written in.
    mutating func apply(mask: Int, patterns: [(row: L, column: L)]) {
        for line in 0..<width {
            // The mask's modules along row `line` and along column `line`.
            let pattern = patterns[mask * 12 + line % 12]
            rows[line] = plainRows[line] ^ (pattern.row & dataRows[line])
            columns[line] = plainColumns[line] ^ (pattern.column & dataColumns[line])
        }
        let bits = QREncoder.formatBits(mask: mask)
        for (x, y, bit) in format {
            let dark = (bits >> bit) & 1 != 0
            rows[y].set(x, dark)
            columns[x].set(y, dark)
        }
    }

    /// For each mask and each line number modulo 12 (every mask repeats every 12 rows and
    /// every 12 columns): the modules the mask flips along that row (x from 0) and along
    /// that column (y from 0), for lines of `length` modules.
    static func patterns(length: Int) -> [(row: L, column: L)] {
        (0..<8 * 12).map { index in
            let mask = index / 12, line = index % 12
            var row = L.empty, column = L.empty
            for i in 0..<length {
                if QREncoder.flips(mask: mask, x: i, y: line) { row.set(i, true) }
                if QREncoder.flips(mask: mask, x: line, y: i) { column.set(i, true) }
            }
            return (row, column)
        }
    }
}

/// The mask patterns of both kinds of line, made once.
enum QRMaskPatterns {
    static let narrow = QRLines<UInt64>.patterns(length: 64)
    static let wide = QRLines<WideLine>.patterns(length: 192)
}
