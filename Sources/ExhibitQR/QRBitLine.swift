/// A row or column of a symbol as bits: bit x is module x, 1 = dark, 0 past the end.
/// `UInt64` holds the lines of symbols up to 61 modules wide (version 11, where every
/// case's address falls), `WideLine` those up to 177; the penalty is written once for both.
protocol QRBitLine: Equatable, Sendable {
    static var empty: Self { get }
    /// Bit x becomes bit x - n: bit x then tells of the module n further on.
    func down(_ n: Int) -> Self
    /// Bit x becomes bit x + n: bit x then tells of the module n before.
    func up(_ n: Int) -> Self
    static func & (x: Self, y: Self) -> Self
    static func | (x: Self, y: Self) -> Self
    static func ^ (x: Self, y: Self) -> Self
    static prefix func ~ (x: Self) -> Self
    var setCount: Int { get }
    /// N1 and N3 (`QRPenalty.lineScore`) of two lines, a row and a column: by default one
    /// after the other.
    static func lineScores(_ a: Self, _ b: Self, pairs: Self, width: Int) -> Int
    /// Modules 64i to 64i + 63 as the bits of a word, 0 past the line.
    func word(_ i: Int) -> UInt64
    func isSet(_ x: Int) -> Bool
    mutating func set(_ x: Int, _ value: Bool)
}

extension QRBitLine {
    static func lineScores(_ a: Self, _ b: Self, pairs: Self, width: Int) -> Int {
        QRPenalty.lineScore(a, pairs: pairs, width: width) + QRPenalty.lineScore(b, pairs: pairs, width: width)
    }

    /// Bit x: modules x to x + n - 1 are all set (n ≥ 1).
    @inline(__always)
    func all(_ n: Int) -> Self { widened(n, { $0.down($1) }, &) }

    /// Bit x: one of modules x to x + n - 1 is set (n ≥ 1); nothing is set past the line.
    @inline(__always)
    func any(_ n: Int) -> Self { widened(n, { $0.down($1) }, |) }

    /// Bit x: one of modules x - n + 1 to x is set (n ≥ 1); nothing is set before the line.
    @inline(__always)
    func anyBefore(_ n: Int) -> Self { widened(n, { $0.up($1) }, |) }

    /// Each bit combined with the n - 1 after it (or before it, shifting up), by doubling
    /// the window: log₂ n shifts instead of n.
    @inline(__always)
    private func widened(_ n: Int, _ shift: (Self, Int) -> Self, _ combine: (Self, Self) -> Self) -> Self {
        var result = self, length = 1
        while length * 2 <= n {
            result = combine(result, shift(result, length))
            length *= 2
        }
        return length < n ? combine(result, shift(result, n - length)) : result
    }
}

extension UInt64: QRBitLine {
    static var empty: UInt64 { 0 }
    @inline(__always) func down(_ n: Int) -> UInt64 { n >= 64 ? 0 : self >> UInt64(n) }
    @inline(__always) func up(_ n: Int) -> UInt64 { n >= 64 ? 0 : self << UInt64(n) }
    var setCount: Int { nonzeroBitCount }
    @inline(__always) func word(_ i: Int) -> UInt64 { i == 0 ? self : 0 }
    @inline(__always) func isSet(_ x: Int) -> Bool { self >> UInt64(x) & 1 != 0 }
    @inline(__always) mutating func set(_ x: Int, _ value: Bool) {
        let bit: UInt64 = 1 << UInt64(x)
        self = value ? self | bit : self & ~bit
    }

    /// Both lines at once, as the two lanes of a `LinePair`: every step of the score is a
    /// bitwise operation or a shift of each line on its own, so one instruction does both
    /// (SSE2), and the counts of set bits add up to the two lines' own.
    @inline(__always)
    static func lineScores(_ a: UInt64, _ b: UInt64, pairs: UInt64, width: Int) -> Int {
        QRPenalty.lineScore(LinePair(a, b), pairs: LinePair(pairs, pairs), width: width)
    }
}

/// Two lines of up to 64 modules side by side, each as `UInt64` keeps it (see
/// `UInt64.lineScores`).
struct LinePair: QRBitLine {
    var lanes: SIMD2<UInt64>

    @inline(__always) init(_ a: UInt64, _ b: UInt64) { lanes = SIMD2(a, b) }
    @inline(__always) init(lanes: SIMD2<UInt64>) { self.lanes = lanes }

    static var empty: LinePair { LinePair(0, 0) }
    @inline(__always) func down(_ n: Int) -> LinePair { n >= 64 ? .empty : LinePair(lanes: lanes &>> UInt64(n)) }
    @inline(__always) func up(_ n: Int) -> LinePair { n >= 64 ? .empty : LinePair(lanes: lanes &<< UInt64(n)) }
    @inline(__always) static func & (x: LinePair, y: LinePair) -> LinePair { LinePair(lanes: x.lanes & y.lanes) }
    @inline(__always) static func | (x: LinePair, y: LinePair) -> LinePair { LinePair(lanes: x.lanes | y.lanes) }
    @inline(__always) static func ^ (x: LinePair, y: LinePair) -> LinePair { LinePair(lanes: x.lanes ^ y.lanes) }
    @inline(__always) static prefix func ~ (x: LinePair) -> LinePair { LinePair(lanes: ~x.lanes) }
    var setCount: Int { @inline(__always) get { lanes[0].nonzeroBitCount + lanes[1].nonzeroBitCount } }
    /// The first line's word (a pair is scored, never drawn).
    func word(_ i: Int) -> UInt64 { i == 0 ? lanes[0] : 0 }
    func isSet(_ x: Int) -> Bool { lanes[0].isSet(x) }
    mutating func set(_ x: Int, _ value: Bool) { lanes[0].set(x, value) }
}

/// A line of up to 192 modules, in three words (a holds modules 0 to 63).
struct WideLine: QRBitLine {
    var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0

    static var empty: WideLine { WideLine() }

    @inline(__always)
    func word(_ i: Int) -> UInt64 { i == 0 ? a : i == 1 ? b : i == 2 ? c : 0 }

    func down(_ n: Int) -> WideLine {
        let shift = n >> 6, bits = UInt64(n & 63)
        func at(_ i: Int) -> UInt64 {
            word(i + shift) >> bits | (bits == 0 ? 0 : word(i + shift + 1) << (64 - bits))
        }
        return WideLine(a: at(0), b: at(1), c: at(2))
    }

    func up(_ n: Int) -> WideLine {
        let shift = n >> 6, bits = UInt64(n & 63)
        func at(_ i: Int) -> UInt64 {
            word(i - shift) << bits | (bits == 0 ? 0 : word(i - shift - 1) >> (64 - bits))
        }
        return WideLine(a: at(0), b: at(1), c: at(2))
    }

    static func & (x: WideLine, y: WideLine) -> WideLine { WideLine(a: x.a & y.a, b: x.b & y.b, c: x.c & y.c) }
    static func | (x: WideLine, y: WideLine) -> WideLine { WideLine(a: x.a | y.a, b: x.b | y.b, c: x.c | y.c) }
    static func ^ (x: WideLine, y: WideLine) -> WideLine { WideLine(a: x.a ^ y.a, b: x.b ^ y.b, c: x.c ^ y.c) }
    static prefix func ~ (x: WideLine) -> WideLine { WideLine(a: ~x.a, b: ~x.b, c: ~x.c) }
    var setCount: Int { a.nonzeroBitCount + b.nonzeroBitCount + c.nonzeroBitCount }

    func isSet(_ x: Int) -> Bool { (x < 64 ? a : x < 128 ? b : c).isSet(x & 63) }

    mutating func set(_ x: Int, _ value: Bool) {
        if x < 64 { a.set(x, value) } else if x < 128 { b.set(x & 63, value) } else { c.set(x & 63, value) }
    }
}

extension UInt64 {
    /// The bits in the opposite order: bit 0 becomes bit 63.
    var bitReversed: UInt64 {
        var v = self
        v = (v >> 1) & 0x5555_5555_5555_5555 | (v & 0x5555_5555_5555_5555) << 1
        v = (v >> 2) & 0x3333_3333_3333_3333 | (v & 0x3333_3333_3333_3333) << 2
        v = (v >> 4) & 0x0F0F_0F0F_0F0F_0F0F | (v & 0x0F0F_0F0F_0F0F_0F0F) << 4
        return v.byteSwapped
    }
}
