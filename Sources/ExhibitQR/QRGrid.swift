/// Module flags of a symbol being built: one byte a module, row by row.
enum QRGrid {
    /// The module is dark.
    static let dark: UInt8 = 1
    /// The module belongs to a function pattern or the format or version information,
    /// so data does not go there and masks leave it alone.
    static let function: UInt8 = 0x80
}
