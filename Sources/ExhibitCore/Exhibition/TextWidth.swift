/// Estimates how wide text is drawn at 14 px, so chart labels can be laid out and cut
/// without a font: a Han character (or any full-width one) takes 14 px, anything else 8.
/// Over-estimating is the safe side: a label then has room to spare rather than running
/// into its bar.
enum TextWidth {
    static let wide: Double = 14
    static let narrow: Double = 8

    static func of(_ text: String) -> Double {
        text.reduce(0) { $0 + of($1) }
    }

    static func of(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return isWide(scalar.value) ? wide : narrow
    }

    /// `text` cut so that it and a trailing `…` fit `maxWidth`; the text itself when it fits.
    static func truncate(_ text: String, to maxWidth: Double) -> (text: String, truncated: Bool) {
        guard of(text) > maxWidth else { return (text, false) }
        var out = ""
        var width = of("…" as Character)
        for character in text {
            let w = of(character)
            if width + w > maxWidth { break }
            out.append(character)
            width += w
        }
        // Cutting before a space would leave "word …"; the space carries nothing.
        while out.last?.isWhitespace == true { out.removeLast() }
        return (out + "…", true)
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        // Dashes, curly quotes and the ellipsis are full width in Chinese fonts.
        case 0x2014, 0x2018...0x201D, 0x2026:
            return true
        default:
            return false
        }
    }
}
