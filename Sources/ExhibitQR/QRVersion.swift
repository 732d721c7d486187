/// A QR code version (1 to 40) at error correction level M, the only level Exhibit
/// uses: its size, its codeword blocks and where its function patterns go (ISO/IEC
/// 18004:2015, tables 1, 9 and E.1).
struct QRVersion {
    let number: Int
    /// Modules on a side.
    var width: Int { 17 + 4 * number }

    /// Error correction codewords per block and number of blocks at level M.
    private static let eccPerBlock = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
                                      26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28]
    private static let blockCounts = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
                                      17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49]

    init(_ number: Int) {
        precondition((1...40).contains(number), "QR versions are 1 to 40")
        self.number = number
    }

    var eccPerBlock: Int { Self.eccPerBlock[number - 1] }
    var blockCount: Int { Self.blockCounts[number - 1] }

    /// Modules left for data and error correction once the function patterns and the
    /// format and version information are placed.
    var rawDataModules: Int {
        var modules = (16 * number + 128) * number + 64
        if number >= 2 {
            let align = number / 7 + 2
            modules -= (25 * align - 10) * align - 55
            if number >= 7 { modules -= 36 }
        }
        return modules
    }

    var totalCodewords: Int { rawDataModules / 8 }
    var dataCodewords: Int { totalCodewords - eccPerBlock * blockCount }

    /// Bits of the character count of a byte-mode segment.
    var byteCountBits: Int { number < 10 ? 8 : 16 }

    /// The smallest version whose data codewords hold a byte-mode segment of `count`
    /// bytes, or nil when even version 40 does not.
    static func smallest(holding count: Int) -> QRVersion? {
        for n in 1...40 {
            let version = QRVersion(n)
            if 4 + version.byteCountBits + 8 * count <= 8 * version.dataCodewords { return version }
        }
        return nil
    }

    /// Centres of the alignment patterns along each axis.
    var alignmentCentres: [Int] {
        guard number > 1 else { return [] }
        let count = number / 7 + 2
        let step = number == 32 ? 26 : (number * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        var centres = [6]
        var position = width - 7
        var rest: [Int] = []
        while rest.count < count - 1 {
            rest.insert(position, at: 0)
            position -= step
        }
        centres += rest
        return centres
    }

    /// The symbol before data: every function module marked `QRGrid.function`, dark ones
    /// with `QRGrid.dark` too; the format information's modules reserved (light) for
    /// each mask to fill in; every other module 0.
    func frame() -> [UInt8] {
        let w = width
        var grid = [UInt8](repeating: 0, count: w * w)
        func set(_ x: Int, _ y: Int, _ dark: Bool) { grid[y * w + x] = QRGrid.function | (dark ? QRGrid.dark : 0) }

        // Finder patterns with their light separators.
        for (cx, cy) in [(3, 3), (w - 4, 3), (3, w - 4)] {
            for dy in -4...4 {
                for dx in -4...4 {
                    let x = cx + dx, y = cy + dy
                    guard x >= 0, x < w, y >= 0, y < w else { continue }
                    let ring = max(abs(dx), abs(dy))
                    set(x, y, ring != 2 && ring != 4)
                }
            }
        }
        // Timing patterns.
        for i in 8..<(w - 8) {
            set(i, 6, i % 2 == 0)
            set(6, i, i % 2 == 0)
        }
        // Alignment patterns, except where they would overlap a finder.
        let centres = alignmentCentres
        for (i, cy) in centres.enumerated() {
            for (j, cx) in centres.enumerated() {
                let last = centres.count - 1
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        // Format information, reserved: around the top-left finder, below the top-right
        // one and beside the bottom-left one, with the module that is always dark.
        for i in 0...8 {
            if i != 6 {
                set(8, i, false)
                set(i, 8, false)
            }
        }
        for i in 0..<8 { set(w - 1 - i, 8, false) }
        for i in 0..<7 { set(8, w - 7 + i, false) }
        set(8, w - 8, true)
        // Version information (version 7 and up): 6 bits and their BCH(18, 6) check.
        if number >= 7 {
            var remainder = number
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = number << 12 | remainder
            for i in 0..<18 {
                let dark = (bits >> i) & 1 != 0
                let a = w - 11 + i % 3, b = i / 3
                set(a, b, dark)
                set(b, a, dark)
            }
        }
        return grid
    }
}
