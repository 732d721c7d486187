import Foundation
import Synchronization

/// The loaded and checked theme of the previous build of a session, reused while no
/// template file, site setting or front-matter key the checks depend on has changed.
final class ThemeCache: Sendable {
    struct Key: Hashable, Sendable {
        var templates: [String: FileFingerprint]
        /// The settings file the build read (`site.yaml` or `site.yml`) and its fingerprint.
        var settings: String?
        var settingsFingerprint: FileFingerprint?
        var extraKeys: [String]
        var language: String
    }

    private let entry = Mutex<(key: Key, theme: ThemeStage.Loaded?, diagnostics: [Diagnostic])?>(nil)

    /// `settings` is the site-relative settings file the content scan found, if any.
    static func key(folder site: SiteFolder, settings: String?, model: SiteModel) -> Key {
        var templates: [String: FileFingerprint] = [:]
        let folder = site.templates
        if let walker = FileManager.default.enumerator(atPath: folder.path) {
            for case let relative as String in walker {
                let path = folder.appendingPathComponent(relative).path
                if let fingerprint = FileFingerprint(path: path) { templates[relative] = fingerprint }
            }
        }
        return Key(templates: templates,
                   settings: settings, settingsFingerprint: settings.flatMap { FileFingerprint(path: site.path($0)) },
                   extraKeys: model.extraKeys, language: model.config.language)
    }

    func lookup(_ key: Key) -> (theme: ThemeStage.Loaded?, diagnostics: [Diagnostic])? {
        entry.withLock { $0.flatMap { $0.key == key ? ($0.theme, $0.diagnostics) : nil } }
    }

    func store(_ key: Key, theme: ThemeStage.Loaded?, diagnostics: [Diagnostic]) {
        entry.withLock { $0 = (key, theme, diagnostics) }
    }
}
