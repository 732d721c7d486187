import ExhibitText

/// Two bars per row, drawn as inline SVG: an organization's figure of each indicator
/// beside the site's. Each row has its own scale (the larger of its two figures fills the
/// room), since a count of 1,200 人次 and a rate of 86 % share no axis; the figures are
/// written at the bars' ends and in the table beside the chart. Same style as `BarChart`:
/// sizes here, colours in the theme's CSS (`.chart-bar-own`, `.chart-bar-site`).
public struct ComparisonChart: Sendable {
    public struct Row: Sendable {
        public var label: String
        public var own: Double
        public var ownDisplay: String
        public var site: Double
        public var siteDisplay: String
    }

    public var id: String
    public var title: String
    public var description: String
    /// The names of the two bars (the organization, the whole site), for the legend.
    public var ownName: String
    public var siteName: String
    public var rows: [Row]

    /// Narrower than `BarChart`'s 640: on a phone the chart is scaled to the column, and
    /// at 480 its 14 px labels still read at about 10 px.
    static let width: Double = 480
    static let rowHeight: Double = 52
    static let barHeight: Double = 16
    static let legendHeight: Double = 28
    static let maxLabelWidth: Double = 154
    static let gap: Double = 12

    public init(id: String, title: String, description: String, ownName: String, siteName: String, rows: [Row]) {
        self.id = id
        self.title = title
        self.description = description
        self.ownName = ownName
        self.siteName = siteName
        self.rows = rows
    }

    public var height: Double { Self.legendHeight + Double(max(rows.count, 1)) * Self.rowHeight + 4 }

    public func svg() -> String {
        let f = NumberFormat.coordinate
        let labels = rows.map { TextWidth.truncate($0.label, to: Self.maxLabelWidth) }
        let labelWidth = labels.map { TextWidth.of($0.text) }.max() ?? 0
        let valueWidth = rows.flatMap { [TextWidth.of($0.ownDisplay), TextWidth.of($0.siteDisplay)] }.max() ?? 0
        let barX = labelWidth + Self.gap
        let room = max(0, Self.width - barX - 8 - valueWidth)
        let titleID = MarkupEscape.escape("\(id)-title"), descID = MarkupEscape.escape("\(id)-desc")
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(f(Self.width)) \(f(height))\""
                + " width=\"\(f(Self.width))\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
                + " font-size=\"14\" fill=\"currentColor\">",
            "<title id=\"\(titleID)\">\(MarkupEscape.escape(title))</title>",
            "<desc id=\"\(descID)\">\(MarkupEscape.escape(description))</desc>",
            // The legend, from the left edge: which bar is which.
            "<rect class=\"chart-bar-own\" x=\"0\" y=\"6\" width=\"14\" height=\"14\" rx=\"2\"/>",
            "<text class=\"chart-label\" x=\"20\" y=\"18\">\(MarkupEscape.escape(TextWidth.truncate(ownName, to: 196).text))</text>",
            "<rect class=\"chart-bar-site\" x=\"226\" y=\"6\" width=\"14\" height=\"14\" rx=\"2\"/>",
            "<text class=\"chart-label\" x=\"246\" y=\"18\">\(MarkupEscape.escape(siteName))</text>",
        ]
        for (i, row) in rows.enumerated() {
            let top = Self.legendHeight + Double(i) * Self.rowHeight
            let largest = max(row.own, row.site)
            func length(_ v: Double) -> Double { largest > 0 && v > 0 ? room * v / largest : 0 }
            let tooltip = labels[i].truncated ? "<title>\(MarkupEscape.escape(row.label))</title>" : ""
            lines.append("<g class=\"chart-row\">")
            lines.append("<text class=\"chart-label\" x=\"\(f(labelWidth))\" y=\"\(f(top + Self.rowHeight / 2 + 5))\" text-anchor=\"end\">"
                + "\(tooltip)\(MarkupEscape.escape(labels[i].text))</text>")
            for (j, (value, display, cls)) in [(row.own, row.ownDisplay, "chart-bar-own"), (row.site, row.siteDisplay, "chart-bar-site")].enumerated() {
                let y = top + 6 + Double(j) * (Self.barHeight + 4)
                lines.append("<rect class=\"\(cls)\" x=\"\(f(barX))\" y=\"\(f(y))\" width=\"\(f(length(value)))\" height=\"\(f(Self.barHeight))\" rx=\"3\"/>")
                lines.append("<text class=\"chart-value\" x=\"\(f(barX + length(value) + 8))\" y=\"\(f(y + 13))\">\(MarkupEscape.escape(display))</text>")
            }
            lines.append("</g>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}
