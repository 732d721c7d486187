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
    let plainRows: [L], plainColumns: [L]
    let dataRows: [L], dataColumns: [L]
    /// The format information's modules, and those of them dark with each mask.
    let format: QRFormatLines<L>

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
        format = QRFormatLines(width: width)
    }

    /// The unmasked symbol of `codewords` in `layout`'s version: its set bits written into
    /// the function patterns' lines.
    init(_ layout: QRLayout<L>, codewords: [UInt8]) {
        width = layout.width
        pairs = layout.pairs
        dataRows = layout.dataRows
        dataColumns = layout.dataColumns
        format = layout.format
        var rows = layout.functionRows, columns = layout.functionColumns
        rows.withUnsafeMutableBufferPointer { rows in
            columns.withUnsafeMutableBufferPointer { columns in
                layout.positions.withUnsafeBufferPointer { positions in
                    for (k, codeword) in codewords.enumerated() {
                        // Only the set bits, the first in the highest.
                        var bits = UInt32(codeword) << 24
                        while bits != 0 {
                            let j = bits.leadingZeroBitCount
                            bits &= ~(0x8000_0000 >> UInt32(j))
                            let position = Int(positions[k * 8 + j])
                            let x = position & 0xFF, y = position >> 8
                            rows[y].set(x, true)
                            columns[x].set(y, true)
                        }
                    }
                }
            }
        }
        plainRows = rows
        plainColumns = columns
        self.rows = rows
        self.columns = columns
    }

    func isDark(x: Int, y: Int) -> Bool { rows[y].isSet(x) }

    /// The symbol as the lines are now, packed as `QRCode.Matrix` keeps it: each word of a
    /// row bit-reversed (a line's first module is its lowest bit, the matrix's its highest)
    /// and written a byte at a time at the row's offset. Asked module by module, packing
    /// took a twentieth of the encoder's instructions.
    func matrix() -> QRCode.Matrix {
        let w = width
        var packed = [UInt8](repeating: 0, count: QRCode.Matrix.packedCount(width: w))
        packed.withUnsafeMutableBufferPointer { out in
            for (y, row) in rows.enumerated() {
                var x = 0
                while x < w {
                    // Modules x… of the row, the first in the highest bit; 0 past its end.
                    var bits = row.word(x >> 6).bitReversed
                    var at = y * w + x
                    let end = y * w + min(w, x + 64)
                    while at < end {
                        let shift = at & 7
                        out[at >> 3] |= UInt8(truncatingIfNeeded: bits >> UInt64(56 + shift))
                        bits <<= UInt64(8 - shift)
                        at += 8 - shift
                    }
                    x += 64
                }
            }
        }
        return QRCode.Matrix(width: w, bits: packed)
    }

    /// The lines with mask `mask` applied and the format information of level M and that
    /// mask written in: as lines, with the rest of each line (module by module, writing
    /// the 15 bits twice was half the time a mask took to apply).
    mutating func apply(mask: Int, patterns: [(row: L, column: L)]) {
        let (format, dark) = (format, format.dark[mask])
        for line in 0..<width {
            // The mask's modules along row `line` and along column `line`.
            let pattern = patterns[mask * 12 + line % 12]
            rows[line] = (plainRows[line] ^ (pattern.row & dataRows[line])) & ~format.rows[line] | dark.rows[line]
            columns[line] = (plainColumns[line] ^ (pattern.column & dataColumns[line])) & ~format.columns[line] | dark.columns[line]
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
