extension QRCode {
    /// The dark modules of a symbol, row by row, without the quiet zone.
    public struct Matrix: Sendable, Equatable {
        /// Modules on a side: 21 for version 1, four more for each version up to 177.
        public let width: Int
        let dark: [Bool]

        init(width: Int, dark: [Bool]) {
            self.width = width
            self.dark = dark
        }

        func isDark(x: Int, y: Int) -> Bool { dark[y * width + x] }

        /// The modules as bits, eight to a byte, the first module in the highest bit: what a
        /// cache keeps (a symbol of 29 to 41 modules, as a case's URL makes, in 106 to 211 bytes).
        public var packed: [UInt8] {
            var bytes = [UInt8](repeating: 0, count: Self.packedCount(width: width))
            for (i, isDark) in dark.enumerated() where isDark { bytes[i >> 3] |= 0x80 >> UInt8(i & 7) }
            return bytes
        }

        /// The symbol `packed` gave, or nil when `width` is no QR symbol's or the bytes are
        /// not as many as it needs: a damaged cache is not drawn.
        public init?(width: Int, packed: some Collection<UInt8>) {
            guard Self.isWidth(width), packed.count == Self.packedCount(width: width) else { return nil }
            let bytes = Array(packed)
            self.width = width
            dark = (0..<(width * width)).map { bytes[$0 >> 3] & (0x80 >> UInt8($0 & 7)) != 0 }
        }

        public static func packedCount(width: Int) -> Int { (width * width + 7) / 8 }

        /// Whether a symbol can be `width` modules wide: 21 (version 1) to 177 (version 40).
        public static func isWidth(_ width: Int) -> Bool { width >= 21 && width <= 177 && (width - 21) % 4 == 0 }
    }
}
