/// The penalty score of a masked symbol (ISO/IEC 18004, 7.8.3): the lower, the easier to
/// read. The four rules as libqrencode reads them, so that both pick the same mask:
///
/// - N1: a run of five or more modules of one colour in a row or column scores 3, and 1
///   more for each module past five.
/// - N2: each 2 × 2 block of one colour scores 3 (overlapping blocks count apart).
/// - N3: a dark-light-dark-light-dark run of widths 1:1:3:1:1 (any multiple, the unit) in
///   a row or column scores 40 when four units of light (or all there is, up to the
///   line's end) lie before it or after it.
/// - N4: 10 for every 5 % that the dark share, rounded to a whole percent, is away from 50.
///
/// Every rule is counted on lines of bits (`QRBitLine`), a word's worth of modules at a
/// time: N1 from windows of five alike, N3 unit by unit from shifted copies of the line.
/// Counted module by module, with a run-length array per line as libqrencode keeps it,
/// the eight masks of a case's symbol took 140 µs; so, about 20 µs (bench/qr/run.sh
/// times the whole symbol: 40 µs, libqrencode's 140 to 160). A row and the column of the
/// same number are scored side by side (`QRBitLine.lineScores`, two lanes of a vector
/// register for lines of one word): the whole symbol 19 µs before, 12 to 16 after.
enum QRPenalty {
    static func score<L: QRBitLine>(_ lines: QRLines<L>) -> Int {
        let w = lines.width
        let pairs = lines.pairs
        var score = 0
        var dark = 0
        lines.rows.withUnsafeBufferPointer { rows in
            lines.columns.withUnsafeBufferPointer { columns in
                var above = L.empty
                for y in 0..<w {
                    let row = rows[y]
                    dark += row.setCount
                    score += L.lineScores(row, columns[y], pairs: pairs, width: w)
                    if y > 0 {
                        // N2: blocks whose top-left module is at x, for x < w - 1.
                        let a = above, b = row, a1 = above.down(1), b1 = row.down(1)
                        let same = (a & b & a1 & b1) | ~(a | b | a1 | b1)
                        score += 3 * (same & pairs).setCount
                    }
                    above = row
                }
            }
        }
        let total = w * w
        let percent = (200 * dark + total) / total / 2
        return score + abs(percent - 50) / 5 * 10
    }

    /// N1 and N3 of one row or column.
    @inline(__always)
    static func lineScore<L: QRBitLine>(_ dark: L, pairs: L, width: Int) -> Int {
        // N1 by windows: a run of n ≥ 5 modules holds n - 4 windows of five alike and
        // scores n - 2, so the score is the windows plus 2 for each run's first window.
        let alike = ~(dark ^ dark.down(1)) & pairs
        let five = alike.all(4)
        var score = five.setCount + 2 * (five & ~five.up(1)).setCount
        // N3, unit by unit: bit x of `pattern` is a pattern starting at module x, its
        // outer dark runs ending at light modules or the line's ends. Past the line, the
        // bits of `light` are set.
        // A pattern's middle is a dark run of 3 units, so a line without one has no
        // pattern of this unit or any larger (most lines of a case's symbol stop at 2).
        // Units 1 and 2 are written out: with the unit a constant, every shift is one
        // instruction (a loop over units made each a test of its width), and they are
        // nearly all the units tried.
        guard 7 <= width, let one = n3(dark, unit: 1) else { return score }
        score += one
        guard 14 <= width, let two = n3(dark, unit: 2) else { return score }
        score += two
        var unit = 3
        while 7 * unit <= width, let more = n3(dark, unit: unit) {
            score += more
            unit += 1
        }
        return score
    }

    /// N3 for one unit: 40 for each pattern of that unit, bit x of `pattern` one starting
    /// at module x, its outer dark runs ending at light modules or the line's ends (past
    /// the line, the bits of `~dark` are set); nil when the line has no dark run of three
    /// units, and so no pattern of this unit or a larger one.
    @inline(__always)
    private static func n3<L: QRBitLine>(_ dark: L, unit: Int) -> Int? {
        let middle = dark.all(3 * unit)
        guard middle != L.empty else { return nil }
        let light = ~dark
        let darkUnit = dark.all(unit), lightUnit = light.all(unit)
        let pattern = darkUnit & lightUnit.down(unit) & middle.down(2 * unit) & lightUnit.down(5 * unit)
            & darkUnit.down(6 * unit) & ~dark.up(1) & light.down(7 * unit)
        guard pattern != L.empty else { return 0 }
        // No dark module among the 4 units before (up to the line's start) or after.
        let before = ~dark.anyBefore(4 * unit).up(1)
        let after = ~dark.any(4 * unit).down(7 * unit)
        return 40 * (pattern & (before | after)).setCount
    }
}
