import PropertyBased
import XCTest

@testable import ExhibitQR

/// The penalty on bit lines against the rules as libqrencode counts them, module by module
/// on a run-length array (its `Mask_calcN1N3`, `Mask_calcN2` and N4), written out plainly
/// here. The symbols `QREncoderTests` compares with libqrencode's rarely turn on an N3
/// pattern of a unit above 1 or at a line's end, or on a tie between masks, so these are
/// planted here on lines of every width, both kinds of line.
final class QRPenaltyTests: XCTestCase {
    /// N1 and N3 of a line, from its run lengths.
    static func referenceLineScore(_ modules: [Bool]) -> Int {
        var runs: [Int] = modules[0] ? [-1, 1] : [1]
        for i in 1..<modules.count {
            if modules[i] != modules[i - 1] { runs.append(1) } else { runs[runs.count - 1] += 1 }
        }
        var score = 0
        for i in 0..<runs.count {
            if runs[i] >= 5 { score += 3 + runs[i] - 5 }
            guard i % 2 == 1, i >= 3, i < runs.count - 2, runs[i] % 3 == 0 else { continue }
            let unit = runs[i] / 3
            guard runs[i - 2] == unit, runs[i - 1] == unit, runs[i + 1] == unit, runs[i + 2] == unit else { continue }
            if i == 3 || runs[i - 3] >= 4 * unit || i + 4 >= runs.count || runs[i + 3] >= 4 * unit { score += 40 }
        }
        return score
    }

    static func referenceScore(_ grid: [[Bool]]) -> Int {
        let w = grid.count
        var score = 0, dark = 0
        for y in 0..<w {
            score += referenceLineScore(grid[y])
            score += referenceLineScore((0..<w).map { grid[$0][y] })
            dark += grid[y].filter { $0 }.count
            guard y > 0 else { continue }
            for x in 1..<w {
                let block = [grid[y][x], grid[y][x - 1], grid[y - 1][x], grid[y - 1][x - 1]]
                if block.allSatisfy({ $0 }) || block.allSatisfy({ !$0 }) { score += 3 }
            }
        }
        let percent = (200 * dark + w * w) / (w * w) / 2
        return score + abs(percent - 50) / 5 * 10
    }

    /// A line of `width` modules, mostly dark or half and half, with a 1:1:3:1:1 pattern
    /// of a random unit put at its start, its end or somewhere between, and light (0 to 5
    /// units) around it.
    static func line(width: Int, _ generator: inout Xoshiro) -> [Bool] {
        let darkShare = [2, 3].randomElement(using: &generator)!
        var modules = (0..<width).map { _ in Int.random(in: 0..<darkShare, using: &generator) != 0 }
        let unit = Int.random(in: 1...width / 7, using: &generator)
        let margin = Int.random(in: 0...5, using: &generator) * unit
        let start: Int
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: start = 0
        case 1: start = width - 7 * unit
        default: start = Int.random(in: 0...(width - 7 * unit), using: &generator)
        }
        for x in max(0, start - margin)..<min(width, start + 7 * unit + margin) { modules[x] = false }
        var x = start
        for (k, length) in [unit, unit, 3 * unit, unit, unit].enumerated() {
            for _ in 0..<length { modules[x] = k % 2 == 0; x += 1 }
        }
        return modules
    }

    static func bits<L: QRBitLine>(_ modules: [Bool], as _: L.Type) -> L {
        var line = L.empty
        for (x, dark) in modules.enumerated() where dark { line.set(x, true) }
        return line
    }

    func testLinesScoreAsLibqrencodeCountsThem() {
        var generator = Xoshiro(seed: (7, 1, 2, 3))
        var patterns = 0
        for width in stride(from: 21, through: 177, by: 4) {
            let pairs = (0..<width).map { $0 < width - 1 }
            var previous = [Bool](repeating: false, count: width)
            for _ in 0..<60 {
                let modules = Self.line(width: width, &generator)
                let expected = Self.referenceLineScore(modules)
                if expected >= 40 { patterns += 1 }
                let wide = QRPenalty.lineScore(Self.bits(modules, as: WideLine.self), pairs: Self.bits(pairs, as: WideLine.self), width: width)
                XCTAssertEqual(wide, expected, "width \(width), wide line: \(modules.map { $0 ? "1" : "0" }.joined())")
                if width < 64 {
                    let narrow = QRPenalty.lineScore(Self.bits(modules, as: UInt64.self), pairs: Self.bits(pairs, as: UInt64.self), width: width)
                    XCTAssertEqual(narrow, expected, "width \(width), one word: \(modules.map { $0 ? "1" : "0" }.joined())")
                    // Side by side with the line before (a row and a column as the symbol
                    // scores them): the two lines' scores.
                    let both = UInt64.lineScores(Self.bits(modules, as: UInt64.self), Self.bits(previous, as: UInt64.self),
                                                 pairs: Self.bits(pairs, as: UInt64.self), width: width)
                    XCTAssertEqual(both, expected + Self.referenceLineScore(previous), "width \(width), a pair of lines")
                }
                previous = modules
            }
        }
        XCTAssertGreaterThan(patterns, 1000, "most planted patterns scored")
    }

    func testSymbolsScoreAsLibqrencodeCountsThem() {
        var generator = Xoshiro(seed: (8, 1, 2, 3))
        for width in [21, 25, 61, 65, 101, 177] {
            for _ in 0..<4 {
                let grid = (0..<width).map { _ in Self.line(width: width, &generator) }
                let bytes = grid.flatMap { $0.map { $0 ? QRGrid.function | QRGrid.dark : QRGrid.function } }
                let expected = Self.referenceScore(grid)
                if width < 64 { XCTAssertEqual(QRPenalty.score(QRLines<UInt64>(bytes, width: width)), expected, "width \(width)") }
                XCTAssertEqual(QRPenalty.score(QRLines<WideLine>(bytes, width: width)), expected, "width \(width), wide lines")
            }
        }
    }

    /// The mask a symbol shows (read from its format information) is the first of those
    /// that score lowest; over 400 symbols some masks tie.
    func testTheFirstOfTheLowestMasksIsChosen() throws {
        var generator = Xoshiro(seed: (9, 1, 2, 3))
        var ties = 0
        for _ in 0..<400 {
            let bytes = QREncoderTests.text(Int.random(in: 1...60, using: &generator), &generator)
            let version = try XCTUnwrap(QRVersion.smallest(holding: bytes.count))
            var lines = QRLines(QRLayouts.narrow(version), codewords: QREncoder.codewords(bytes, version: version))
            let scores = (0..<8).map { mask in
                lines.apply(mask: mask, patterns: QRMaskPatterns.narrow)
                return QRPenalty.score(lines)
            }
            let lowest = scores.min()!
            if scores.filter({ $0 == lowest }).count > 1 { ties += 1 }
            let symbol = try XCTUnwrap(QREncoder.encode(bytes))
            var format = 0
            for (x, y, bit) in QREncoder.formatModules(width: version.width) where x == 8 || y == 8 {
                if symbol.isDark(x: x, y: y) { format |= 1 << bit }
            }
            let mask = (format ^ 0x5412) >> 10 & 7
            XCTAssertEqual(mask, scores.firstIndex(of: lowest), "scores \(scores)")
        }
        XCTAssertGreaterThan(ties, 0, "a tie was met")
    }
}
