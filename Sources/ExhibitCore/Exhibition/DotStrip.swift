import ExhibitText

/// The distribution of one indicator's figures drawn as inline SVG: an axis, one dot per
/// case (dots of equal figures stacked), the median marked and the target as a dashed
/// line. Drawn by hand, like `BarChart`: a chart library would bring JavaScript for what
/// is a few circles, and the page must read without scripts. Colours come from the
/// theme's CSS (`.strip-axis`, `.strip-dot`, `.strip-median`, `.strip-target`).
public struct DotStrip: Sendable {
    public var id: String
    public var title: String
    /// What the strip shows in words (every figure), for screen readers.
    public var description: String
    public var values: [Double]
    public var median: Double
    public var target: Double?
    /// The axis: 0–100 for percentages and marks out of 100, else the figures' own range.
    public var low: Double
    public var high: Double
    /// Labels written under the axis's ends and the target, with their unit.
    public var unit: String

    /// Narrower than `BarChart`: the strip sits in a half-width card, and at 375 px its
    /// labels must stay readable once scaled down.
    public static let width: Double = 360
    static let height: Double = 64
    static let padding: Double = 20
    static let radius: Double = 6
    static let axisY: Double = 40

    public init(id: String, title: String, description: String, values: [Double], median: Double, target: Double?, unit: String) {
        self.id = id
        self.title = title
        self.description = description
        self.values = values
        self.median = median
        self.target = target
        self.unit = unit
        let all = values + (target.map { [$0] } ?? [])
        let smallest = all.min() ?? 0, largest = all.max() ?? 0
        if smallest >= 0 && largest <= 100 && (unit == "%" || unit == "％" || unit == "分") {
            (low, high) = (0, 100)
        } else {
            (low, high) = (min(0, smallest), largest > min(0, smallest) ? largest : min(0, smallest) + 1)
        }
    }

    func x(_ value: Double) -> Double {
        let span = Self.width - 2 * Self.padding
        return Self.padding + span * (value - low) / (high - low)
    }

    /// The strip as an `<svg>` element.
    public func svg() -> String {
        let f = NumberFormat.coordinate
        let titleID = MarkupEscape.escape("\(id)-title"), descID = MarkupEscape.escape("\(id)-desc")
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart strip\" viewBox=\"0 0 \(f(Self.width)) \(f(Self.height))\""
                + " width=\"\(f(Self.width))\" height=\"\(f(Self.height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
                + " font-size=\"12\" fill=\"currentColor\">",
            "<title id=\"\(titleID)\">\(MarkupEscape.escape(title))</title>",
            "<desc id=\"\(descID)\">\(MarkupEscape.escape(description))</desc>",
            "<line class=\"strip-axis\" x1=\"\(f(Self.padding))\" y1=\"\(f(Self.axisY))\" x2=\"\(f(Self.width - Self.padding))\" y2=\"\(f(Self.axisY))\"/>",
        ]
        func label(_ value: Double, anchor: String, cls: String = "strip-label") -> String {
            "<text class=\"\(cls)\" x=\"\(f(x(value)))\" y=\"\(f(Self.height - 4))\" text-anchor=\"\(anchor)\">"
                + MarkupEscape.escape(NumberFormat.string(value, maxDecimals: 2) + unit) + "</text>"
        }
        lines.append(label(low, anchor: "start"))
        lines.append(label(high, anchor: "end"))
        if let target {
            lines.append("<line class=\"strip-target\" x1=\"\(f(x(target)))\" y1=\"4\" x2=\"\(f(x(target)))\" y2=\"\(f(Self.axisY + 6))\"/>")
        }
        lines.append("<line class=\"strip-median\" x1=\"\(f(x(median)))\" y1=\"\(f(Self.axisY - 14))\" x2=\"\(f(x(median)))\" y2=\"\(f(Self.axisY + 6))\"/>")
        // Dots closer than a diameter stack upwards, so every case stays visible.
        var stacks: [(x: Double, count: Int)] = []
        for value in values.sorted() {
            let cx = x(value)
            var level = 0
            if let i = stacks.firstIndex(where: { abs($0.x - cx) < Self.radius * 2 }) {
                level = stacks[i].count
                stacks[i].count += 1
            } else {
                stacks.append((cx, 1))
            }
            let cy = Self.axisY - Self.radius - 1 - Double(min(level, 2)) * (Self.radius * 2 - 2)
            lines.append("<circle class=\"strip-dot\" cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(Self.radius))\"/>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}
