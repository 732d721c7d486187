import ExhibitText

/// A horizontal bar chart drawn as inline SVG: one row per bar with its label on the
/// left, the bar, and its value at the bar's end. No axes or grid: the values are written
/// out. Colours and fonts come from the theme's CSS through `.chart-bar`, `.chart-label`
/// and `.chart-value`; the SVG itself only sets sizes, so the same chart suits any theme.
///
/// Output is deterministic: coordinates have at most one decimal and no locale.
public struct BarChart: Sendable {
    /// Prefix of the ids inside the SVG (`<id>-title`, `<id>-desc`); unique per page.
    public var id: String
    public var title: String
    /// What the chart shows, for screen readers (the `<desc>`).
    public var description: String
    /// The rows, in the order drawn; also the rows of the table beside the chart.
    public var bars: [(label: String, value: Double, display: String)]
    /// A class for each bar's `<rect>` besides `chart-bar` (`cat-2`: the colour of a
    /// category), by index; none when shorter.
    public var barClasses: [String] = []

    /// Width of the viewBox; the page's CSS scales the chart to its column.
    public static let width: Double = 640
    static let rowHeight: Double = 32
    static let barHeight: Double = 20
    static let padding: Double = 4
    /// Labels longer than this (14 Han characters) are cut with `…`.
    static let maxLabelWidth: Double = 196
    static let labelGap: Double = 12
    static let valueGap: Double = 8
    static let fontSize = 14

    public init(id: String, title: String, description: String, bars: [(label: String, value: Double, display: String)]) {
        self.id = id
        self.title = title
        self.description = description
        self.bars = bars
    }

    /// Height of the viewBox: one row per bar (one empty row for no bars, so the chart
    /// still has a size).
    public var height: Double { Self.padding * 2 + Double(max(bars.count, 1)) * Self.rowHeight }

    /// The chart as an `<svg>` element, without a trailing newline.
    public func svg() -> String {
        let labels = bars.map { TextWidth.truncate($0.label, to: Self.maxLabelWidth) }
        let labelWidth = labels.map { TextWidth.of($0.text) }.max() ?? 0
        let valueWidth = bars.map { TextWidth.of($0.display) }.max() ?? 0
        let barX = labelWidth + Self.labelGap
        let room = max(0, Self.width - barX - Self.valueGap - valueWidth)
        let largest = bars.map(\.value).max() ?? 0

        let titleID = MarkupEscape.escape("\(id)-title")
        let descID = MarkupEscape.escape("\(id)-desc")
        let f = NumberFormat.coordinate
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(f(Self.width)) \(f(height))\""
                + " width=\"\(f(Self.width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
                + " font-size=\"\(Self.fontSize)\" fill=\"currentColor\">",
            "<title id=\"\(titleID)\">\(MarkupEscape.escape(title))</title>",
            "<desc id=\"\(descID)\">\(MarkupEscape.escape(description))</desc>",
        ]
        for (i, bar) in bars.enumerated() {
            let top = Self.padding + Double(i) * Self.rowHeight
            // 5 px below the middle puts the middle of 14 px text on the bar's middle.
            let baseline = top + Self.rowHeight / 2 + 5
            // Negative or empty values draw no bar: lengths of nothing are nothing.
            let length = largest > 0 && bar.value > 0 ? room * bar.value / largest : 0
            let label = labels[i]
            // A cut label keeps its full text as a tooltip; the table beside has it too.
            let tooltip = label.truncated ? "<title>\(MarkupEscape.escape(bar.label))</title>" : ""
            lines.append("<g class=\"chart-row\">")
            lines.append("<text class=\"chart-label\" x=\"\(f(labelWidth))\" y=\"\(f(baseline))\" text-anchor=\"end\">"
                + "\(tooltip)\(MarkupEscape.escape(label.text))</text>")
            let barClass = i < barClasses.count ? "chart-bar " + MarkupEscape.escape(barClasses[i]) : "chart-bar"
            lines.append("<rect class=\"\(barClass)\" x=\"\(f(barX))\" y=\"\(f(top + (Self.rowHeight - Self.barHeight) / 2))\""
                + " width=\"\(f(length))\" height=\"\(f(Self.barHeight))\" rx=\"3\"/>")
            lines.append("<text class=\"chart-value\" x=\"\(f(barX + length + Self.valueGap))\" y=\"\(f(baseline))\">"
                + "\(MarkupEscape.escape(bar.display))</text>")
            lines.append("</g>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}
