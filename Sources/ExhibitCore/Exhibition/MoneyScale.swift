import Foundation

/// Large sums of money read in 万 and 亿, as Chinese reports write them: 116,022.1 万元 is
/// 11.6 亿元, 26,000,000 元 is 2,600 万元. Only money (a unit ending in 元: 元, 万元, 美元 …)
/// is scaled, and only up: 15,000 人 stays as written, and so does 0.35 万元, whose editor
/// chose the unit. Below a million 元 the figure stays exact (12,345 元, not 1.23 万元).
public enum MoneyScale {
    /// `value` in `unit` in a larger unit, as shown: the number (grouped, at most
    /// `maxDecimals` decimals) and the unit; nil when it stays as written.
    public static func scaled(_ value: Double, unit: String, maxDecimals: Int = 2) -> (value: String, unit: String)? {
        guard let (factor, currency) = parse(unit), value.isFinite else { return nil }
        let amount = abs(value * factor)
        let target: Double = amount >= 1e8 ? 1e8 : (amount >= 1e6 ? 1e4 : 1)
        guard target > factor else { return nil }
        let prefix = target == 1e8 ? "亿" : "万"
        return (NumberFormat.string(value * factor / target, maxDecimals: maxDecimals), prefix + currency)
    }

    /// `万元` → (10⁴, 元); nil for a unit that is not money.
    static func parse(_ unit: String) -> (factor: Double, currency: String)? {
        let trimmed = unit.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("元") else { return nil }
        if trimmed.hasPrefix("亿") { return (1e8, String(trimmed.dropFirst())) }
        if trimmed.hasPrefix("万") { return (1e4, String(trimmed.dropFirst())) }
        return (1, trimmed)
    }
}
