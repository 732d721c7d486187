import Foundation

/// Formats numbers the same way on every machine: no locale, ASCII digits, `,` between
/// thousands, at most a few decimals and no trailing zeros (`1,200`, `2.5`, not `2.50`
/// or `0.30000000000000004`).
public enum NumberFormat {
    /// `1200` → `1,200`, `2.50` → `2.5`, `0.1 + 0.2` → `0.3`, `-0.04` → `0`.
    public static func string(_ value: Double, maxDecimals: Int = 1, grouping: Bool = true) -> String {
        guard value.isFinite else { return "0" }
        let decimals = max(0, min(maxDecimals, 6))
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        // Past 9e15 units the decimals cannot be held exactly, and nobody reads them in a
        // figure that large: the whole number, grouped (a summed total, not `1.5e+15`).
        guard abs(scaled) < 9e15 else {
            let whole = String(format: "%.0f", abs(value.rounded(.toNearestOrAwayFromZero)))
            return (value < 0 ? "-" : "") + (grouping ? group(whole) : whole)
        }
        let units = Int64(scaled)
        let magnitude = units.magnitude
        let step = UInt64(scale)
        let whole = String(magnitude / step)
        var fraction = ""
        if decimals > 0 {
            // Trailing zeros dropped from the number, not from its text: `removeLast` on a
            // String walks back a `Character` at a time (half the time of formatting the
            // figures of every case page, card and booklet page).
            var rest = magnitude % step
            var places = decimals
            while places > 0 && rest % 10 == 0 {
                rest /= 10
                places -= 1
            }
            if places > 0 {
                let digits = String(rest)
                fraction = String(repeating: "0", count: places - digits.count) + digits
            }
        }
        var out = units < 0 ? "-" : ""
        out += grouping ? group(whole) : whole
        if !fraction.isEmpty { out += "." + fraction }
        return out
    }

    /// A coordinate or length for SVG: one decimal at most, no grouping.
    public static func coordinate(_ value: Double) -> String {
        string(value, maxDecimals: 1, grouping: false)
    }

    /// `1234567` → `1,234,567`. The digits are ASCII: put together as bytes, not as
    /// `Character`s reversed twice (every figure of every page passes here).
    private static func group(_ digits: String) -> String {
        let bytes = Array(digits.utf8)
        guard bytes.count > 3 else { return digits }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 3)
        for (i, byte) in bytes.enumerated() {
            if i > 0 && (bytes.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
