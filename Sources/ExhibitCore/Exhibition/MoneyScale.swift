import ExhibitText
import Foundation

/// Large sums of money read in 万 and 亿, as Chinese reports write them: 116,022.1 万元 is
/// 11.6 亿元, 26,000,000 元 is 2,600 万元, 1,500,000 千元 is 15 亿元. Only money (元, 美元,
/// 港元 … with or without 千, 万, 十万, 百万, 亿 before it) is scaled, and only up: 15,000 人
/// stays as written, and so does 0.35 万元, whose editor chose the unit, and 单元 (a flat,
/// not money). Below a million 元 the figure stays exact (12,345 元, not 1.23 万元).
public enum MoneyScale {
    /// The currencies whose amounts are scaled.
    static let currencies = ["元", "美元", "港元", "澳元", "欧元", "日元", "英镑", "人民币"]
    /// Multipliers written before a currency, longest first (万亿 before 亿).
    /// 元, 镑, 币: the last characters of `currencies`.
    private static let currencyEnds: Set<UInt32> = Set(currencies.compactMap { $0.unicodeScalars.last?.value })
    static let prefixes: [(String, Double)] = [("万亿", 1e12), ("百万", 1e6), ("十万", 1e5), ("千", 1e3), ("万", 1e4), ("亿", 1e8)]

    /// `value` in `unit` in a larger unit, as shown: the number (grouped, at most
    /// `maxDecimals` decimals) and the unit; nil when it stays as written.
    public static func scaled(_ value: Double, unit: String, maxDecimals: Int = 2) -> (value: String, unit: String)? {
        guard let (factor, currency) = parse(unit), value.isFinite else { return nil }
        let amount = abs(value * factor)
        // The unit is chosen by the figure as shown: 99,999,999 元 is 1 亿元, not 10,000 万元.
        let inWan = rounded(amount / 1e4, maxDecimals)
        let target: Double = inWan >= 10_000 ? 1e8 : (amount >= 1e6 ? 1e4 : 1)
        guard target > factor else { return nil }
        let prefix = target == 1e8 ? "亿" : "万"
        return (NumberFormat.string(value * factor / target, maxDecimals: maxDecimals), prefix + currency)
    }

    /// `万元` → (10⁴, 元), `千美元` → (10³, 美元); nil for a unit that is not money.
    static func parse(_ unit: String) -> (factor: Double, currency: String)? {
        let trimmed = unit.trimmed()
        // Every currency ends in 元, 镑 or 币: a unit that ends otherwise is not money.
        // Nearly every metric's unit (人, 项, %, 亩) is answered here, without comparing
        // Chinese strings by `Character`s, which took 0.5 % of a 10,000-case build's CPU
        // on the case pages.
        guard let last = trimmed.unicodeScalars.last, currencyEnds.contains(last.value) else { return nil }
        return units[trimmed]
    }

    /// Every unit of money: each currency alone and after each multiplier, looked up at
    /// once. Trying each multiplier with `hasPrefix`, which compares `Character`s, was
    /// 20,000 instructions a figure in 万元.
    private static let units: [String: (factor: Double, currency: String)] = {
        var units: [String: (factor: Double, currency: String)] = [:]
        for currency in currencies {
            units[currency] = (1, currency)
            // No currency starts with a multiplier, so no two of these are the same text.
            for (prefix, factor) in prefixes { units[prefix + currency] = (factor, currency) }
        }
        return units
    }()

    private static func rounded(_ value: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
