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
        // A line's bits past its end must be 0 for the penalty: at most 63 in one word.
        return version.width < 64
            ? bestSymbol(QRLines(QRLayouts.narrow(version), codewords: codewords), patterns: QRMaskPatterns.narrow)
            : bestSymbol(QRLines(QRLayouts.wide(version), codewords: codewords), patterns: QRMaskPatterns.wide)
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
        return lines.matrix()
    }

    // MARK: - Codewords

    /// The data codewords (mode, count, bytes, terminator, padding) split into blocks,
    /// each followed by its error correction, interleaved (ISO/IEC 18004, 7.4 to 7.6).
    ///
    /// One byte-mode segment is whole nibbles: the mode (4 bits), the count (8 or 16) and
    /// the bytes, so the data is the segment's nibbles paired into bytes. Written bit by
    /// bit into a growing array, with the blocks as arrays of their own, this was a
    /// tenth of the encoder's instructions.
    static func codewords(_ bytes: [UInt8], version: QRVersion) -> [UInt8] {
        let dataCount = version.dataCodewords
        let total = version.totalCodewords
        let blocks = version.blockCount, ecc = version.eccPerBlock
        let shortBlocks = blocks - total % blocks
        let shortData = total / blocks - ecc
        var data = [UInt8](repeating: 0, count: dataCount)
        var check = [UInt8](repeating: 0, count: blocks * ecc)
        data.withUnsafeMutableBufferPointer { data in
            // The segment as nibbles, two to a byte; a terminator nibble of 0 when there is
            // room (the capacity is whole bytes, so the room left is 0 or 4 bits or more),
            // which with the zero bits to the byte's end leaves `data` as it was made.
            var nibble = 0
            func put(_ value: Int) {
                data[nibble >> 1] |= UInt8(truncatingIfNeeded: value & 0xF) << (nibble & 1 == 0 ? 4 : 0)
                nibble += 1
            }
            put(0b0100)
            if version.byteCountBits == 16 { put(bytes.count >> 12); put(bytes.count >> 8) }
            put(bytes.count >> 4); put(bytes.count)
            for byte in bytes { put(Int(byte) >> 4); put(Int(byte)) }
            if nibble < 2 * dataCount { nibble += 1 }
            var pad: UInt8 = 0xEC
            for i in (nibble + 1) / 2..<dataCount {
                data[i] = pad
                pad ^= 0xEC ^ 0x11
            }
            // Block b's data starts after b short blocks and the long ones before it.
            check.withUnsafeMutableBufferPointer { check in
                for b in 0..<blocks {
                    let start = b * shortData + max(0, b - shortBlocks)
                    let length = shortData + (b < shortBlocks ? 0 : 1)
                    ReedSolomon.remainder(of: UnsafeBufferPointer(rebasing: data[start..<start + length]), degree: ecc,
                                          into: UnsafeMutableBufferPointer(rebasing: check[b * ecc..<(b + 1) * ecc]))
                }
            }
        }
        // Interleaved: the i-th data codeword of each block in turn (the long blocks have
        // one more), then the i-th error correction codeword of each.
        return [UInt8](unsafeUninitializedCapacity: total) { out, count in
            var n = 0
            for i in 0...shortData {
                for b in 0..<blocks where i < shortData || b >= shortBlocks {
                    out[n] = data[b * shortData + max(0, b - shortBlocks) + i]
                    n += 1
                }
            }
            for i in 0..<ecc {
                for b in 0..<blocks {
                    out[n] = check[b * ecc + i]
                    n += 1
                }
            }
            precondition(n == total, "every codeword is placed")
            count = n
        }
    }

    // MARK: - Placement

    /// The free modules of `grid` (not `QRGrid.function`) in the order the data's bits
    /// fill them (ISO/IEC 18004, 7.7.3): pairs of columns from the right, up and down in
    /// turn, skipping the vertical timing pattern, the right column of a pair before the
    /// left. The remainder bits, past the codewords, are left light before masking.
    static func placementOrder(_ grid: [UInt8], width w: Int) -> [(x: Int, y: Int)] {
        var order: [(x: Int, y: Int)] = []
        var right = w - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<w {
                let y = upward ? w - 1 - step : step
                for x in [right, right - 1] where grid[y * w + x] & QRGrid.function == 0 { order.append((x, y)) }
            }
            right -= 2
        }
        return order
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
