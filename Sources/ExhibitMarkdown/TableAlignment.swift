/// cmark-gfm writes a table column's alignment as `<td align="right">`, an attribute
/// HTML5 made obsolete (the Nu Html Checker rejects it); the same alignment as an inline
/// style is valid and renders the same.
enum TableAlignment {
    static func modernize(_ html: String) -> String {
        guard html.contains(" align=\"") else { return html }
        var out = html
        for cell in ["th", "td"] {
            for side in ["left", "center", "right"] {
                out = out.replacingOccurrences(of: "<\(cell) align=\"\(side)\">", with: "<\(cell) style=\"text-align: \(side)\">")
            }
        }
        return out
    }
}

import Foundation
