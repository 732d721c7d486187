extension QRCode {
    /// The dark modules of a symbol, row by row, without the quiet zone.
    public struct Matrix: Sendable, Equatable {
        /// Modules on a side: 21 for version 1, four more for each version up to 177.
        public let width: Int
        /// The modules as bits, eight to a byte, the first module in the highest bit.
        let bits: [UInt8]

        /// `bits` as `packed` gives them, made by the encoder.
        init(width: Int, bits: [UInt8]) {
            assert(Self.isWidth(width) && bits.count == Self.packedCount(width: width))
            self.width = width
            self.bits = bits
        }

        func isDark(x: Int, y: Int) -> Bool {
            let i = y * width + x
            return bits[i >> 3] & (0x80 >> UInt8(i & 7)) != 0
        }

        /// The modules as bits, eight to a byte, the first module in the highest bit: what a
        /// cache keeps (a symbol of 29 to 41 modules, as a case's URL makes, in 106 to 211
        /// bytes). The matrix holds them so, so keeping one costs no conversion.
        public var packed: [UInt8] { bits }

        /// The symbol `packed` gave, or nil when `width` is no QR symbol's, the bytes are not
        /// as many as it needs or a bit after the last module is set (which `packed` never
        /// sets): a damaged cache is not drawn. So two matrices are equal when their modules are.
        public init?(width: Int, packed: some Collection<UInt8>) {
            let bits = Array(packed)
            guard Self.isWidth(width), bits.count == Self.packedCount(width: width) else { return nil }
            let padding = bits.count * 8 - width * width
            guard padding == 0 || bits[bits.count - 1] & (0xFF >> UInt8(8 - padding)) == 0 else { return nil }
            self.width = width
            self.bits = bits
        }

        public static func packedCount(width: Int) -> Int { (width * width + 7) / 8 }

        /// Whether a symbol can be `width` modules wide: 21 (version 1) to 177 (version 40).
        public static func isWidth(_ width: Int) -> Bool { width >= 21 && width <= 177 && (width - 21) % 4 == 0 }
    }
}
