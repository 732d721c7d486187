import ExhibitText
import Foundation
import Yams

extension SiteConfigParser {
    /// `print: {booklet: {size: A4, volume_size: 200}, boards: [900x1800, 600x900],
    /// fonts: {serif: Noto Serif CJK SC, sans: Noto Sans CJK SC}}`: a wrong value is an
    /// error at its line and keeps its default; an unknown key is a warning.
    static func print(_ node: Node, reader: inout FieldReader) -> PrintSettings {
        var settings = PrintSettings()
        guard case .mapping(let mapping) = node else {
            reader.error(node, "`print` must be a map of settings",
                         fix: "write e.g. `print: {booklet: {size: A4, volume_size: 200}, boards: [900x1800, 600x900]}`")
            return settings
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "booklet": booklet(value, into: &settings, reader: &reader)
            case "boards":
                let items: [Node]
                if case .sequence(let list) = value { items = Array(list) } else { items = [value] }
                var sizes: [PrintSettings.PaperSize] = []
                for item in items {
                    guard let text = item.string, let size = PrintSettings.paperSize(text) else {
                        reader.error(item, "a board size must be width × height in millimetres, like `900x1800`, not \(written(item))",
                                     fix: "write e.g. `boards: [900x1800, 600x900]` (a roll-up banner and a board), or a paper name such as `A3`")
                        continue
                    }
                    sizes.append(size)
                }
                if !sizes.isEmpty { settings.boards = sizes }
            case "fonts": fonts(value, into: &settings, reader: &reader)
            default: unknown(keyNode, key, in: "print", known: PrintSettings.knownKeys, reader: &reader)
            }
        }
        return settings
    }

    private static func booklet(_ node: Node, into settings: inout PrintSettings, reader: inout FieldReader) {
        guard case .mapping(let mapping) = node else {
            reader.error(node, "`print.booklet` must be a map of settings", fix: "write e.g. `booklet: {size: A4, volume_size: 200}`")
            return
        }
        for (keyNode, value) in mapping {
            switch keyNode.string ?? "" {
            case "size":
                guard let text = value.string, let size = PrintSettings.paperSize(text) else {
                    reader.error(value, "`print.booklet.size` must be a paper size such as `A4`, `A5`, `B5` or `210x297` (millimetres), not \(written(value))",
                                 fix: "write e.g. `size: A4`, or leave it out (the default is A4)")
                    continue
                }
                settings.bookletSize = size
            case "volume_size":
                let range = PrintSettings.volumeSizes
                guard case .scalar(let scalar) = value, scalar.style == .plain, let n = Int(scalar.string), range.contains(n) else {
                    reader.error(value, "`print.booklet.volume_size` must be a whole number of cases from \(range.lowerBound) to \(range.upperBound), not \(written(value))",
                                 fix: "write e.g. `volume_size: 200`, or leave it out (the default is 200)")
                    continue
                }
                settings.volumeSize = n
            case let key: unknown(keyNode, key, in: "print.booklet", known: PrintSettings.bookletKeys, reader: &reader)
            }
        }
    }

    private static func fonts(_ node: Node, into settings: inout PrintSettings, reader: inout FieldReader) {
        guard case .mapping(let mapping) = node else {
            reader.error(node, "`print.fonts` must be a map with `serif` and `sans`",
                         fix: "write e.g. `fonts: {serif: Noto Serif CJK SC, sans: Noto Sans CJK SC}`")
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard PrintSettings.fontKeys.contains(key) else {
                unknown(keyNode, key, in: "print.fonts", known: PrintSettings.fontKeys, reader: &reader)
                continue
            }
            // `serif: A, B` is a list of families, as in CSS.
            let names = reader.stringList(value, key: "print.fonts.\(key)")
                .flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            // A family name goes into CSS inside quotes: a quote, backslash or brace in it
            // could end the rule and start another.
            guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty && !$0.contains(where: { "\"'\\{};<>".contains($0) }) }) else {
                reader.error(value, "`print.fonts.\(key)` must name one or more font families, without quotes, braces or semicolons",
                             fix: "write e.g. `\(key): [\(key == "serif" ? "Source Han Serif SC, Noto Serif CJK SC" : "Source Han Sans SC, Noto Sans CJK SC")]`")
                continue
            }
            if key == "serif" { settings.serifFonts = names } else { settings.sansFonts = names }
        }
    }

    private static func unknown(_ keyNode: Node, _ key: String, in section: String, known: [String], reader: inout FieldReader) {
        let guess = Suggestion.closest(to: key, in: known)
        reader.warning(keyNode, "unknown key `\(key)` in `\(section)`" + (guess.map { "; did you mean `\($0)`?" } ?? ""),
                       fix: guess.map { "rename it to `\($0)`" } ?? "`\(section)` has \(known.map { "`\($0)`" }.joined(separator: ", ")): delete it")
    }

    /// A value as a message quotes it.
    private static func written(_ node: Node) -> String {
        guard case .scalar(let scalar) = node else { return "a list or a map" }
        return "`\(scalar.string)`"
    }
}
