import ExhibitText
import Yams

extension SiteConfigParser {
    /// `kiosk: {interval: 8, idle: 60, slides: 12}`: each setting a whole number within
    /// `KioskSettings.limits`; a wrong one is an error at its line and keeps its default.
    static func kiosk(_ node: Node, reader: inout FieldReader) -> KioskSettings {
        var settings = KioskSettings()
        guard case .mapping(let mapping) = node else {
            reader.error(node, "`kiosk` must be a map of settings",
                         fix: "write `kiosk: {interval: 8, idle: 60, slides: 12}` (each may be left out)")
            return settings
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalarText ?? ""
            guard let range = KioskSettings.limits[key] else {
                // Unlike a top-level key, templates never see it: it can only be a mistake.
                let guess = Suggestion.closest(to: key, in: KioskSettings.knownKeys)
                reader.warning(keyNode, "unknown key `\(key)` in `kiosk`" + (guess.map { "; did you mean `\($0)`?" } ?? ""),
                               fix: guess.map { "rename it to `\($0)`" } ?? "the kiosk has `interval`, `idle` and `slides`: delete it")
                continue
            }
            guard let n = wholeNumber(value), range.contains(n) else {
                let written = Self.written(value)
                let what = key == "slides" ? "a whole number" : "a whole number of seconds"
                reader.error(value, "`kiosk.\(key)` must be \(what) from \(range.lowerBound) to \(range.upperBound), not \(written)",
                             fix: "write e.g. `\(key): \(Self.kioskExample(key))`, or leave it out (the default is \(Self.kioskExample(key)))")
                continue
            }
            switch key {
            case "interval": settings.interval = n
            case "idle": settings.idle = n
            default: settings.slides = n
            }
        }
        return settings
    }

    /// A plain YAML integer (`8`, not `"8"`, `8.5` or `8s`).
    private static func wholeNumber(_ node: Node) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
        return Int(scalar.string)
    }

    /// A value as the message quotes it: `"8"` is text, though it reads as a number.
    private static func written(_ node: Node) -> String {
        guard case .scalar(let scalar) = node else { return "a list or a map" }
        return scalar.style == .plain ? "`\(scalar.string)`" : "the text `\"\(scalar.string)\"`"
    }

    private static func kioskExample(_ key: String) -> Int {
        let defaults = KioskSettings()
        return key == "interval" ? defaults.interval : key == "idle" ? defaults.idle : defaults.slides
    }
}
