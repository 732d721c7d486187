/// How long a figure and its unit are drawn, in steps that the theme gives room to: a
/// metric card holds `1,260个` at full size, but `26,000,000人次` is five times as wide as
/// `30%` and, since the number and its unit never break apart, ran out of its card.
///
/// The steps are estimates in widths of the figures' font (no font is at hand when pages
/// are made): a digit is 0.55 of the number's size (DIN, Helvetica, Arial and Noto Sans
/// digits are 0.53–0.56), a separator 0.27, and the unit, drawn at 0.33–0.55 of the
/// number's size, as wide as `TextWidth` says. The theme's CSS turns the steps into room
/// (a long figure takes two columns of the case page's figures, a longer one two of a
/// card's, the longest a whole row) and caps each step's size by its box, which covers
/// what the estimate misses (see exhibit.css).
enum MetricLength: String {
    /// Wider than one column of the case page's figures (3 widths: `1,260人次`, not `1,260个`).
    case long
    /// Wider than one column of a card's three (4.2 widths: `1,200,000人`).
    case longer
    /// Wider than two columns of the case page's figures (7 widths: 11 digits and more).
    case longest

    static func of(value: String, unit: String) -> MetricLength? {
        let width = number(value) + unitScale * (TextWidth.of(unit) / TextWidth.wide + unitGap)
        if width > 7.0 { return .longest }
        if width > 4.2 { return .longer }
        if width > 3.0 { return .long }
        return nil
    }

    /// The unit's size over the number's: 1rem under 2.25–3rem on a case page, 0.75rem
    /// under 1.375rem in a card, 0.5em in the home page's figures.
    static let unitScale = 0.4
    /// The space before the unit, in the unit's size (`margin-left: 0.125em`).
    static let unitGap = 0.125

    /// The number's width in its own size: separators are narrow, the rest digit-wide.
    static func number(_ value: String) -> Double {
        value.utf8.reduce(0) { width, byte in
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: " "): return width + 0.27
            case 0x80..<0xC0: return width  // a continuation byte: counted with its lead
            case 0xC0...: return width + 1.0  // anything not ASCII: as wide as a Han character
            default: return width + 0.55
            }
        }
    }
}
