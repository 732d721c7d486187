import ExhibitText
import Foundation

/// QR codes as small inline SVG, for the case pages and the print booklet; the symbols
/// come from `QREncoder`.
public enum QRCode {
    /// Modules of white border around the symbol (the QR standard's quiet zone).
    static let quietZone = 4

    /// A standalone SVG drawing of a QR code of `text` (error correction level M, the
    /// smallest version that fits, case preserved), or nil when it cannot be encoded
    /// (empty, or longer than a version 40 symbol holds).
    ///
    /// The drawing is `<svg … viewBox="0 0 N N" role="img" aria-label="label">` with a
    /// white background `<rect>` and one black `<path>` of row runs. It has no ids, so any
    /// number of them can sit on one page, and no width or height: size it with CSS
    /// (`svg.qr-code`); the viewBox keeps it square. UTF-8 text is encoded as 8-bit data.
    public static func svg(for text: String, label: String) -> String? {
        guard let matrix = Self.matrix(for: text) else { return nil }
        return svg(of: matrix, label: label)
    }

    /// The same symbol as a one-bit bitmap, `scale` pixels a module with the quiet zone,
    /// as a `data:image/x-portable-bitmap;base64,…` URL (binary PBM, which Pillow reads),
    /// or nil as `svg`. For print: WeasyPrint draws it in a fraction of the time it takes
    /// to parse the SVG's path (a tenth of a 1,000-case booklet's time went to its QR
    /// codes). 8 pixels a module are 400 dpi on a 22 mm label, sharp enough to print
    /// smoothed, which also keeps a phone's (or zbar's) reading of a rendering at 150 dpi
    /// as good as the SVG's: one pixel a module scaled without smoothing gave modules of
    /// uneven width that zbar could not read.
    public static func bitmapURL(for text: String, scale: Int = 8) -> String? {
        guard let matrix = Self.matrix(for: text), scale > 0 else { return nil }
        let size = (matrix.width + 2 * quietZone) * scale
        var bytes = Array("P4\n\(size) \(size)\n".utf8)
        let rowBytes = (size + 7) / 8
        for y in 0..<size {
            var row = [UInt8](repeating: 0, count: rowBytes)
            for x in 0..<size {
                let mx = x / scale - quietZone, my = y / scale - quietZone
                // PBM: 1 is black, the first pixel in the highest bit.
                if mx >= 0, my >= 0, mx < matrix.width, my < matrix.width, matrix.isDark(x: mx, y: my) {
                    row[x / 8] |= 0x80 >> UInt8(x % 8)
                }
            }
            bytes += row
        }
        return "data:image/x-portable-bitmap;base64," + Data(bytes).base64EncodedString()
    }

    // MARK: - Encoding

    /// What a symbol depends on besides its text: the encoder and its settings (one
    /// byte-mode segment, level M, smallest version, mask by penalty). A cache of symbols
    /// is only good for the same encoding; change this when `QREncoder` would encode any
    /// text differently.
    public static let encoding = "exhibit-qr 1 byte-mode level-M"

    /// The symbol of `text` (as `svg(for:label:)` draws it), or nil as `svg`: also for a
    /// cache that keeps symbols between builds (`Matrix.packed`), since drawing an SVG from
    /// one is a small part of encoding it.
    public static func matrix(for text: String) -> Matrix? {
        QREncoder.encode(text.utf8)
    }

    // MARK: - Drawing

    /// The SVG of a symbol made by `matrix(for:)`: the drawing `svg(for:label:)` gives.
    ///
    /// Written as bytes around the label: ASCII, which becomes a `String` at a glance,
    /// while a `String` of the whole drawing would check the UTF-8 of every byte for the
    /// sake of the label's (UTF-8 checked was half the drawing's cost, and interpolated, a
    /// fifth of the symbol's).
    public static func svg(of matrix: Matrix, label: String) -> String {
        let size = String(matrix.width + 2 * quietZone).utf8
        var head: [UInt8] = []
        head += #"<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 "#.utf8
        head += size
        head += " ".utf8
        head += size
        head += #"" role="img" aria-label=""#.utf8
        var tail: [UInt8] = pathBytes(matrix)
        var svg = String(decoding: head, as: UTF8.self)
        svg += MarkupEscape.escape(label, apostrophe: .numeric, spacesForBreaks: true)
        head.removeAll(keepingCapacity: true)
        head += #"" shape-rendering="crispEdges"><rect width=""#.utf8
        head += size
        head += #"" height=""#.utf8
        head += size
        head += ##"" fill="#fff"/><path fill="#000" d=""##.utf8
        tail.insert(contentsOf: head, at: 0)
        tail += #""/></svg>"#.utf8
        svg += String(decoding: tail, as: UTF8.self)
        return svg
    }

    /// One subpath per horizontal run of dark modules: `m dx dy h w v1 h-w z`. After `z`
    /// the pen is back at the run's start, so each move is relative to the previous run,
    /// which keeps the numbers short (usually one or two digits).
    ///
    /// Written into a buffer of bytes: a 10,000-case site draws 10,000 codes of about 300
    /// runs each, and building the same text by string interpolation was 3 % of its
    /// build's CPU. Each number is one store of its digits from a table (`Digits`): a digit
    /// at a time, the path took 64,000 instructions a code, and takes 49,000 so. Finding
    /// the runs 57 modules at a time saved 6,000 more (measured twice, in the sixteenth
    /// and eighteenth rounds), not worth a second way of reading the modules.
    static func pathData(_ matrix: Matrix) -> String {
        String(decoding: pathBytes(matrix), as: UTF8.self)
    }

    /// The UTF-8 of `pathData`.
    static func pathBytes(_ matrix: Matrix) -> [UInt8] {
        let width = matrix.width
        precondition(width + 2 * quietZone < Digits.count, "QR path numbers are in the digits' tables")
        // At most one run in two modules of a row, each at most `runBytes` long, and room
        // for the last pieces' 8- and 16-byte stores.
        let runBytes = 26  // "m-999 -999h999v1h-999z" and room to spare
        let capacity = (width * ((width + 1) / 2) + 1) * runBytes + 16
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
            let base = UnsafeMutableRawPointer(out.baseAddress!)
            var at = 0
            matrix.bits.withUnsafeBufferPointer { bits in
                let digits = Digits.table, tails = Digits.tails, steps = Digits.steps
                @inline(__always) func dark(_ i: Int) -> Bool { bits[i >> 3] & (0x80 >> UInt8(i & 7)) != 0 }
                @inline(__always) func put(_ byte: UInt8) { base.storeBytes(of: byte, toByteOffset: at, as: UInt8.self); at += 1 }
                // `value` in decimal, with a minus sign when negative, as `"\(value)"` writes it.
                @inline(__always) func put(number value: Int) {
                    if value < 0 { put(UInt8(ascii: "-")) }
                    let entry = digits[abs(value)]
                    base.storeBytes(of: entry & 0x00FF_FFFF, toByteOffset: at, as: UInt32.self)
                    at += Int(entry >> 24)
                }
                var penX = 0, penY = 0
                var first = true
                // The subpath of the run of `run` dark modules from (x, y).
                @inline(__always) func path(x: Int, y: Int, run: Int) {
                    let runX = x + quietZone, runY = y + quietZone
                    if first {
                        put(UInt8(ascii: "M")); put(number: runX); put(UInt8(ascii: " ")); put(number: runY)
                        first = false
                    } else if runY == penY {
                        // `m dx 0`, one store (a move along the row is never back).
                        let step = steps[runX - penX]
                        base.storeBytes(of: step.bytes, toByteOffset: at, as: UInt64.self)
                        at += step.count
                    } else {
                        put(UInt8(ascii: "m")); put(number: runX - penX); put(UInt8(ascii: " ")); put(number: runY - penY)
                    }
                    // `h w v1 h-w z`, two stores.
                    let tail = tails[run]
                    base.storeBytes(of: tail.low, toByteOffset: at, as: UInt64.self)
                    base.storeBytes(of: tail.high, toByteOffset: at + 8, as: UInt64.self)
                    at += tail.count
                    penX = runX
                    penY = runY
                }
                for y in 0..<width {
                    if width <= 64 {
                        // The row as one word, module 0 in the highest bit: each run is found
                        // by counting leading zeros and then ones, not module by module (40
                        // instructions a module of a case's symbol, 44 million at 1,000 cases).
                        var word = Self.row(y, width: width, bits: bits)
                        var x = 0
                        while word != 0 {
                            let light = word.leadingZeroBitCount
                            word <<= UInt64(light)
                            x += light
                            let run = (~word).leadingZeroBitCount
                            path(x: x, y: y, run: run)
                            x += run
                            word = run == 64 ? 0 : word << UInt64(run)
                        }
                        continue
                    }
                    let row = y * width
                    var x = 0
                    while x < width {
                        guard dark(row + x) else { x += 1; continue }
                        let start = x
                        while x < width, dark(row + x) { x += 1 }
                        path(x: start, y: y, run: x - start)
                    }
                }
            }
            count = at
        }
        return bytes
    }

    /// Row `y` of a symbol at most 64 modules wide, module 0 in the highest bit and the
    /// bits past the row 0: the nine bytes that can hold it, from the packed bits.
    @inline(__always)
    private static func row(_ y: Int, width: Int, bits: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let first = y * width
        let byte = first >> 3, shift = first & 7
        var high: UInt64 = 0
        if byte + 8 <= bits.count {
            high = UInt64(bigEndian: UnsafeRawPointer(bits.baseAddress! + byte).loadUnaligned(as: UInt64.self))
        } else {
            for i in 0..<8 { high = high << 8 | (byte + i < bits.count ? UInt64(bits[byte + i]) : 0) }
        }
        var word = high << UInt64(shift)
        if shift > 0, byte + 8 < bits.count { word |= UInt64(bits[byte + 8]) >> UInt64(8 - shift) }
        return width == 64 ? word : word & ~(UInt64.max >> UInt64(width))
    }

    /// The decimal digits of 0 to `count - 1` as little-endian ASCII bytes, their count in the
    /// top byte: a number is one store.
    private enum Digits {
        /// Every number a path writes is at most the widest symbol's width with its quiet
        /// zone (version 40: 185). Made up to 999, the three tables took 5 million
        /// instructions at every build that drew a code.
        static let count = QRVersion(40).width + 2 * quietZone + 1

        static let table: [UInt32] = (0..<count).map { value in
            let digits = Array(String(value).utf8)
            var entry = UInt32(digits.count) << 24
            for (i, byte) in digits.enumerated() { entry |= UInt32(byte) << (8 * UInt32(i)) }
            return entry
        }

        /// `h{w}v1h-{w}z` for a run of w modules (at most 12 bytes), little-endian in two
        /// words: the end of every run's subpath is two stores.
        static let tails: [(low: UInt64, high: UInt64, count: Int)] = (0..<count).map { run in
            let bytes = Array("h\(run)v1h-\(run)z".utf8) + Array(repeating: 0, count: 16)
            return (word(bytes, from: 0), word(bytes, from: 8), bytes.count - 16)
        }

        /// `m{dx} 0` for a move of dx modules along a row (at most 6 bytes).
        static let steps: [(bytes: UInt64, count: Int)] = (0..<count).map { dx in
            let bytes = Array("m\(dx) 0".utf8) + Array(repeating: 0, count: 8)
            return (word(bytes, from: 0), bytes.count - 8)
        }

        private static func word(_ bytes: [UInt8], from start: Int) -> UInt64 {
            (0..<8).reduce(0) { $0 | UInt64(bytes[start + $1]) << (8 * UInt64($1)) }
        }
    }
}
