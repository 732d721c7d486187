/// Encodes bytes as a QR code symbol: one byte-mode segment, error correction level M,
/// the smallest version that holds it, and the mask the penalty rules of ISO/IEC 18004
/// (7.8.3) score lowest, scored as libqrencode scores them, so that for text it would
/// also encode as a single byte-mode segment the two give the same symbol
/// (`QREncoderTests` checks that over every version).
///
/// Written here instead of calling libqrencode, which the project used before: it took
/// 0.13 to 0.18 ms a symbol on this project's 2-core machine (eight masks, each scored
/// over byte arrays with a run-length array per row and column), 13 % of the CPU of a
/// first build at 1,000 cases, where every case's code is new; Nayuki's QR Code
/// generator (Debian's libqrcodegen) was five times slower still. The penalty here is
/// counted on rows and columns as bits (`QRPenalty`). libqrencode stays as the tests'
/// oracle.
public enum QREncoder {
    /// The symbol of `bytes`, or nil when they are empty or more than version 40 at
    /// level M holds (2,331 bytes).
    public static func encode(_ bytes: some Collection<UInt8>) -> QRCode.Matrix? {
        guard !bytes.isEmpty, let version = QRVersion.smallest(holding: bytes.count) else { return nil }
        let codewords = Self.codewords(Array(bytes), version: version)
        var grid = version.frame()
        place(codewords, in: &grid, width: version.width)
        // A line's bits past its end must be 0 for the penalty: at most 63 in one word.
        return version.width < 64
            ? bestSymbol(QRLines<UInt64>(grid, width: version.width), patterns: QRMaskPatterns.narrow)
            : bestSymbol(QRLines<WideLine>(grid, width: version.width), patterns: QRMaskPatterns.wide)
    }

    /// The symbol masked with the mask of the lowest penalty (the first of equals).
    static func bestSymbol<L: QRBitLine>(_ lines: QRLines<L>, patterns: [(row: L, column: L)]) -> QRCode.Matrix {
        var lines = lines
        var best = 0, bestScore = Int.max
        for mask in 0..<8 {
            lines.apply(mask: mask, patterns: patterns)
            let score = QRPenalty.score(lines)
            if score < bestScore {
                bestScore = score
                best = mask
            }
        }
        lines.apply(mask: best, patterns: patterns)
        return QRCode.Matrix(width: lines.width) { x, y in lines.isDark(x: x, y: y) }
    }

    // MARK: - Codewords

    /// The data codewords (mode, count, bytes, terminator, padding) split into blocks,
    /// each followed by its error correction, interleaved (ISO/IEC 18004, 7.4 to 7.6).
    static func codewords(_ bytes: [UInt8], version: QRVersion) -> [UInt8] {
        let dataCount = version.dataCodewords
        var bits = BitWriter()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: version.byteCountBits)
        for byte in bytes { bits.append(Int(byte), count: 8) }
        // Terminator: up to four zero bits, then zero bits to the end of the byte.
        bits.append(0, count: min(4, dataCount * 8 - bits.count))
        if bits.count % 8 != 0 { bits.append(0, count: 8 - bits.count % 8) }
        var data = bits.bytes
        data.reserveCapacity(dataCount)
        var pad: UInt8 = 0xEC
        while data.count < dataCount {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }

        let blocks = version.blockCount, ecc = version.eccPerBlock
        let total = version.totalCodewords
        let shortBlocks = blocks - total % blocks
        let shortData = total / blocks - ecc
        var dataBlocks: [ArraySlice<UInt8>] = []
        var eccBlocks: [[UInt8]] = []
        var start = 0
        for b in 0..<blocks {
            let length = shortData + (b < shortBlocks ? 0 : 1)
            let block = data[start..<start + length]
            start += length
            var check = [UInt8](repeating: 0, count: ecc)
            block.withUnsafeBufferPointer { block in
                check.withUnsafeMutableBufferPointer { ReedSolomon.remainder(of: block, degree: ecc, into: $0) }
            }
            dataBlocks.append(block)
            eccBlocks.append(check)
        }
        var result = [UInt8]()
        result.reserveCapacity(total)
        for i in 0...shortData {
            for block in dataBlocks where i < block.count { result.append(block[block.startIndex + i]) }
        }
        for i in 0..<ecc {
            for block in eccBlocks { result.append(block[i]) }
        }
        return result
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        var count = 0

        mutating func append(_ value: Int, count n: Int) {
            for i in stride(from: n - 1, through: 0, by: -1) {
                if count % 8 == 0 { bytes.append(0) }
                if (value >> i) & 1 != 0 { bytes[bytes.count - 1] |= 0x80 >> UInt8(count % 8) }
                count += 1
            }
        }
    }

    // MARK: - Placement

    /// Puts the codewords' bits into the free modules, in pairs of columns from the
    /// right, up and down in turn, skipping the vertical timing pattern; the remainder
    /// bits are left light before masking (ISO/IEC 18004, 7.7.3).
    static func place(_ codewords: [UInt8], in grid: inout [UInt8], width w: Int) {
        let bitCount = codewords.count * 8
        var i = 0
        var right = w - 1
        grid.withUnsafeMutableBufferPointer { grid in
            while right >= 1 {
                if right == 6 { right = 5 }
                let upward = (right + 1) & 2 == 0
                for step in 0..<w {
                    let y = upward ? w - 1 - step : step
                    // The right column, then the left (`[right, right - 1]` allocated an
                    // array at every step: a sixth of the encoder's time).
                    for left in 0..<2 where grid[y * w + right - left] & QRGrid.function == 0 {
                        if i < bitCount, codewords[i >> 3] & (0x80 >> UInt8(i & 7)) != 0 { grid[y * w + right - left] = QRGrid.dark }
                        i += 1
                    }
                }
                right -= 2
            }
        }
    }

    // MARK: - Masks

    /// The format information of level M (00) and `mask`: the 5 bits, their BCH(15, 5)
    /// check, XOR 101010000010010 (ISO/IEC 18004, 7.9).
    static func formatBits(mask: Int) -> Int {
        var remainder = mask
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (mask << 10 | remainder) ^ 0x5412
    }

    /// Where the format information's bits go (bit 0 the least significant), each twice:
    /// around the top-left finder, and split between the other two.
    static func formatModules(width w: Int) -> [(x: Int, y: Int, bit: Int)] {
        var modules = (0..<6).map { (x: 8, y: $0, bit: $0) }
        modules += [(8, 7, 6), (8, 8, 7), (7, 8, 8)]
        modules += (9..<15).map { (x: 14 - $0, y: 8, bit: $0) }
        modules += (0..<8).map { (x: w - 1 - $0, y: 8, bit: $0) }
        modules += (8..<15).map { (x: 8, y: w - 15 + $0, bit: $0) }
        return modules
    }

    /// Whether mask `mask` darkens or lightens the module at (x, y) (ISO/IEC 18004, table 10).
    @inline(__always)
    static func flips(mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: return (x + y) & 1 == 0
        case 1: return y & 1 == 0
        case 2: return x % 3 == 0
        case 3: return (x + y) % 3 == 0
        case 4: return (y / 2 + x / 3) & 1 == 0
        case 5: return (x * y) & 1 + (x * y) % 3 == 0
        case 6: return ((x * y) & 1 + (x * y) % 3) & 1 == 0
        default: return ((x * y) % 3 + (x + y) & 1) & 1 == 0
        }
    }
}
