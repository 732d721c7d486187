/// Where a symbol's format information goes, as lines: its modules by row and by column,
/// and for each mask those of them that are dark (level M and that mask).
struct QRFormatLines<L: QRBitLine>: Sendable {
    let rows: [L], columns: [L]
    let dark: [(rows: [L], columns: [L])]

    init(width: Int) {
        let modules = QREncoder.formatModules(width: width)
        func lines(_ included: (Int) -> Bool) -> (rows: [L], columns: [L]) {
            var rows = [L](repeating: .empty, count: width), columns = rows
            for (x, y, bit) in modules where included(bit) {
                rows[y].set(x, true)
                columns[x].set(y, true)
            }
            return (rows, columns)
        }
        (rows, columns) = lines { _ in true }
        dark = (0..<8).map { mask in
            let bits = QREncoder.formatBits(mask: mask)
            return lines { (bits >> $0) & 1 != 0 }
        }
    }
}
