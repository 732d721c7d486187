/// A set of ASCII characters, asked without hashing: `Set<Character>.contains` hashed
/// every character of every tag the parser reads, a fifth of the time a build spent
/// reading the built-in theme's templates.
struct ASCIISet: Sendable {
    private var bits: (low: UInt64, high: UInt64) = (0, 0)

    init(_ characters: String) {
        for byte in characters.utf8 {
            precondition(byte < 0x80, "an ASCIISet holds ASCII characters")
            if byte < 64 { bits.low |= 1 << UInt64(byte) } else { bits.high |= 1 << UInt64(byte - 64) }
        }
    }

    func union(_ characters: String) -> ASCIISet {
        var union = self
        let other = ASCIISet(characters)
        union.bits = (bits.low | other.bits.low, bits.high | other.bits.high)
        return union
    }

    /// Whether `unit` is one of the set's: a single ASCII scalar (`"\r\n"` has the
    /// ASCII value of `"\n"` but is two scalars, and in no set).
    func contains(_ unit: some TemplateUnit) -> Bool {
        guard let value = unit.asciiByte else { return false }
        return value < 64 ? bits.low >> UInt64(value) & 1 == 1 : bits.high >> UInt64(value - 64) & 1 == 1
    }
}
