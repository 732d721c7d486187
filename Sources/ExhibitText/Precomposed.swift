import Foundation

extension String {
    /// The text in Unicode's composed form (NFC), as Foundation's
    /// `precomposedStringWithCanonicalMapping` gives it, without asking Foundation when
    /// the text is already composed by how it is made (`isKnownComposed`). A case's tags,
    /// mostly Chinese, went through Foundation one by one, 0.5 % of a build's instructions.
    /// `PrecomposedTests` compares the two on generated texts.
    public var precomposed: String {
        if isKnownComposed { return self }
        return precomposedStringWithCanonicalMapping
    }

    /// Whether the text is in NFC by the scalars it is made of, each one that NFC keeps
    /// and that never composes with the scalar before it: below U+0300 (ASCII, Latin-1
    /// and Latin Extended, which compose only with a mark after them, and every such mark
    /// is U+0300 or above), the general punctuation of U+2010…U+205E (dashes, quotes,
    /// ellipsis), the CJK symbols and punctuation of U+3000…U+303F but the tone marks
    /// U+302A…U+302F, the CJK unified ideographs of U+3400…U+4DBF and U+4E00…U+9FFF
    /// (which never decompose or compose), and the full-width forms U+FF01…U+FF5E (whose
    /// decompositions are compatibility ones, which NFC leaves alone). Chinese titles and
    /// names are nearly always made of these. A text that is not is not known either way.
    /// `PrecomposedTests` checks the claim against Foundation's NFC.
    public var isKnownComposed: Bool {
        withBytes { bytes in
            var i = 0
            while i < bytes.count {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 { i += 1; continue }
                let v: UInt32
                if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    return false  // beyond the Basic Multilingual Plane
                }
                guard v < 0x300 || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
                    || (v >= 0x2010 && v <= 0x205E) || (v >= 0x3000 && v <= 0x303F && !(v >= 0x302A && v <= 0x302F))
                    || (v >= 0xFF01 && v <= 0xFF5E) else { return false }
            }
            return true
        }
    }
}
