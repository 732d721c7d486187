import ExhibitTemplates
import ExhibitTheme
import Foundation
import Yams

/// The theme a site builds with: the built-in theme, with each file of the site's
/// `templates/` folder taking the place of the built-in file of the same name.
struct ThemeFiles {
    var templates: [TemplateSource] = []
    var strings: [String: String] = [:]
    /// Whether `strings` are the built-in theme's, the site having no file of its own.
    var stringsAreBuiltIn = false
    /// Static files: output path → where the bytes come from.
    var statics: [(output: String, source: StaticSource)] = []

    enum StaticSource {
        case builtin(String)
        case file(URL)
    }

    /// Built-in static files that a site often brings itself, at the same path in
    /// `content/`: the site's own file is published instead (a site that had its own
    /// `content/favicon.svg` before the theme had one must still build).
    static let givingWay: Set<String> = ["favicon.svg"]

    /// The static files to publish beside the content files `assets`.
    func statics(besides assets: [(source: String, output: String)]) -> [(output: String, source: StaticSource)] {
        let outputs = Set(assets.map(\.output).filter(Self.givingWay.contains))
        guard !outputs.isEmpty else { return statics }
        return statics.filter { entry in
            if case .builtin = entry.source { return !outputs.contains(entry.output) }
            return true
        }
    }

    static func load(folder site: SiteFolder, language: String) -> (ThemeFiles, [Diagnostic]) {
        var files: [String: (display: String, source: StaticSource)] = [:]
        for (path, text) in BuiltinTheme.files {
            files[path] = ("(built-in theme)/\(path)", .builtin(text))
        }
        let folder = site.templates
        if let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                files[relative] = (SiteFolder.themeFile(relative), .file(url))
            }
        }
        var theme = ThemeFiles()
        var diagnostics: [Diagnostic] = []
        for path in files.keys.sorted() {
            let (display, source) = files[path]!
            if path.hasPrefix("static/") {
                theme.statics.append((String(path.dropFirst("static/".count)), source))
            } else if path.hasSuffix(".mustache") {
                guard let text = Self.text(source) else {
                    diagnostics.append(.error(display, "the template is not UTF-8 text", fix: "save it as UTF-8"))
                    continue
                }
                theme.templates.append(TemplateSource(name: String(path.dropLast(".mustache".count)), path: display, text: text,
                                                      isBuiltIn: Self.isBuiltIn(source, path: path, text: text)))
            } else if path == "strings/\(language).yaml" {
                guard let text = Self.text(source) else { continue }
                do {
                    // The basic resolver: a string is what the file says (`yes` stays `yes`,
                    // `1.10` stays `1.10`), and Yams' default one compiled its regular
                    // expressions on every build for this file alone (2 ms).
                    let map = try Yams.load(yaml: text, .basic) as? [String: Any] ?? [:]
                    theme.strings = map.mapValues { "\($0)" }
                    if case .builtin = source { theme.stringsAreBuiltIn = true }
                } catch {
                    diagnostics.append(YAMLProblem.diagnostic(for: error, path: display, lineOffset: 0, yaml: text, document: .interfaceStrings))
                }
            }
        }
        return (theme, diagnostics)
    }

    /// The built-in theme as it is: every template the built-in one (or a copy of it) and
    /// the built-in strings of the site's language.
    var isBuiltIn: Bool { stringsAreBuiltIn && templates.allSatisfy(\.isBuiltIn) }

    /// Whether a template is the built-in one: its text, or a copy of it in the site's
    /// folder, compared by its bytes (`utf8.elementsEqual` went through the generic
    /// sequence path, 4.6 million instructions for the built-in theme at every build).
    static func isBuiltIn(_ source: StaticSource, path: String, text: String) -> Bool {
        if case .builtin = source { return true }
        return BuiltinTheme.files[path]?.hasSameBytes(as: text) ?? false
    }

    static func text(_ source: StaticSource) -> String? {
        switch source {
        case .builtin(let text): return text
        case .file(let url):
            guard let data = try? Data(contentsOf: url) else { return nil }
            return SourceText(bytes: Array(data))?.text
        }
    }
}
