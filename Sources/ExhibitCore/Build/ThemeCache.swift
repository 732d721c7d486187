import Foundation
import Synchronization

/// The loaded and checked theme of the previous build of a session, reused while no
/// template file, site setting or front-matter key the checks depend on has changed.
final class ThemeCache: Sendable {
    struct Key: Hashable, Sendable {
        var templates: [String: FileFingerprint]
        var siteYAML: FileFingerprint?
        var extraKeys: [String]
        var language: String
    }

    private let entry = Mutex<(key: Key, theme: ThemeStage.Loaded?, diagnostics: [Diagnostic])?>(nil)

    static func key(siteRoot: URL, model: SiteModel) -> Key {
        var templates: [String: FileFingerprint] = [:]
        let folder = siteRoot.appendingPathComponent("templates")
        if let walker = FileManager.default.enumerator(atPath: folder.path) {
            for case let relative as String in walker {
                let path = folder.appendingPathComponent(relative).path
                if let fingerprint = FileFingerprint(path: path) { templates[relative] = fingerprint }
            }
        }
        return Key(templates: templates,
                   siteYAML: FileFingerprint(path: siteRoot.appendingPathComponent("content/site.yaml").path),
                   extraKeys: model.extraKeys, language: model.config.language)
    }

    func lookup(_ key: Key) -> (theme: ThemeStage.Loaded?, diagnostics: [Diagnostic])? {
        entry.withLock { $0.flatMap { $0.key == key ? ($0.theme, $0.diagnostics) : nil } }
    }

    func store(_ key: Key, theme: ThemeStage.Loaded?, diagnostics: [Diagnostic]) {
        entry.withLock { $0 = (key, theme, diagnostics) }
    }
}
