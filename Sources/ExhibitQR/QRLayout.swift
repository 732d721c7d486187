import Synchronization

/// What every symbol of one version shares, worked out once a version and kept: the
/// function patterns as lines (`QRLines`), which modules are data, and where each data bit
/// goes. A symbol is then its codewords' set bits written into copies of the lines, each a
/// row bit and a column bit.
///
/// Before, each symbol drew the function patterns into a byte grid (`QRVersion.frame`),
/// walked the grid to place its bits, and read the grid back into lines module by module:
/// 70,000 instructions a symbol before a mask was tried, a sixth of the encoder's work,
/// for the same dozen versions that every case's address falls into.
final class QRLayout<L: QRBitLine>: Sendable {
    let width: Int
    /// The function patterns' dark modules (the format information's light), by row and
    /// by column, and the modules that are data.
    let functionRows: [L], functionColumns: [L]
    let dataRows: [L], dataColumns: [L]
    /// Where data bit i goes: `x | y << 8` (a symbol is at most 177 modules wide), in the
    /// order of ISO/IEC 18004, 7.7.3; bits past the codewords are the remainder, light.
    let positions: [UInt16]
    /// Bits 0 to width - 2 of a line: the modules that have a next one.
    let pairs: L
    /// The format information's modules, and those of them dark with each mask.
    let format: QRFormatLines<L>

    init(_ version: QRVersion) {
        // The lines of the symbol before data: its dark modules are the function patterns'.
        let grid = version.frame()
        let lines = QRLines<L>(grid, width: version.width)
        width = lines.width
        functionRows = lines.plainRows
        functionColumns = lines.plainColumns
        dataRows = lines.dataRows
        dataColumns = lines.dataColumns
        pairs = lines.pairs
        format = lines.format
        positions = QREncoder.placementOrder(grid, width: width).map { UInt16($0.x | $0.y << 8) }
    }
}

/// The layouts made so far, by version: symbols of up to 63 modules (version 11) in
/// one-word lines, wider ones in `WideLine`s.
enum QRLayouts {
    private static let narrowMade = Mutex<[QRLayout<UInt64>?]>(Array(repeating: nil, count: 41))
    private static let wideMade = Mutex<[QRLayout<WideLine>?]>(Array(repeating: nil, count: 41))

    static func narrow(_ version: QRVersion) -> QRLayout<UInt64> { layout(version, narrowMade) }
    static func wide(_ version: QRVersion) -> QRLayout<WideLine> { layout(version, wideMade) }

    private static func layout<L>(_ version: QRVersion, _ made: borrowing Mutex<[QRLayout<L>?]>) -> QRLayout<L> {
        if let known = made.withLock({ $0[version.number] }) { return known }
        // Made outside the lock: two threads may both make one; either is the same.
        let layout = QRLayout<L>(version)
        made.withLock { $0[version.number] = layout }
        return layout
    }
}
