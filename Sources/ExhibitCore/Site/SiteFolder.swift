import Foundation

/// Where a site's files are: its `content/` and `templates/` folders and its settings
/// file, and the conversion between site-relative paths (`content/cases/apple.md`, what
/// every diagnostic names and every cache is keyed by) and absolute ones (what the file
/// system and the watcher use).
///
/// Every other file asks this one: when the settings could be `site.yaml` or `site.yml`
/// and only one place knew it, `serve` fingerprinted the wrong file and kept a stale
/// template error after an edit of `site.yml`.
public struct SiteFolder: Sendable, Hashable {
    /// The site folder, standardized (no `.` or `..`, no trailing slash).
    public let root: URL
    /// `root.path`, kept: every file read asks for its absolute path.
    private let rootPath: String

    /// The folder of cases, pages and their files, relative to the site.
    public static let contentName = "content"
    /// The folder of the cases, relative to the site.
    public static let casesPath = contentName + "/cases"
    /// The folder of the site's own theme files, relative to the site.
    public static let templatesName = "templates"
    /// The settings file messages name and `exhibit new site` writes.
    public static let settingsPath = "content/site.yaml"
    /// The names the settings file may have. When both exist the later one is read: the
    /// scan of `content/` visits files in sorted order and keeps the last, and every
    /// reader must agree with it.
    static let settingsPaths = [settingsPath, "content/site.yml"]
    /// The indicator framework, when a site keeps it out of site.yaml.
    public static let indicatorsPath = "content/indicators.yaml"
    /// The site's own outline map for /map/.
    public static let outlinePath = "content/map.geojson"

    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPath = self.root.path
    }

    public var content: URL { root.appendingPathComponent(Self.contentName) }
    public var templates: URL { root.appendingPathComponent(Self.templatesName) }

    /// The absolute path of a site-relative path.
    public func path(_ relative: String) -> String { rootPath + "/" + relative }

    /// The URL of a site-relative path.
    public func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// `path` relative to the site when it lies inside it (as the watcher reports
    /// changes); any other path, already relative or outside, as it is.
    public func relative(_ path: String) -> String {
        let prefix = rootPath + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Whether a site-relative path is the settings file (under either name).
    static func isSettings(_ relative: String) -> Bool { settingsPaths.contains(relative) }

    /// The site-relative path of the settings file the build reads, nil when there is none.
    func settingsFile() -> String? {
        Self.settingsPaths.last { FileManager.default.fileExists(atPath: path($0)) }
    }

    /// The site-relative path of a file of the site's theme (`static/robots.txt` →
    /// `templates/static/robots.txt`), as messages name it.
    static func themeFile(_ relative: String) -> String { templatesName + "/" + relative }

    /// The site-relative path of the page template `name`.
    static func template(_ name: String) -> String { themeFile(name + ".mustache") }

    /// Where a file of `content/` outside any case folder is published: its path inside
    /// `content/` (`content/images/a.png` → `images/a.png`).
    static func publishedPath(ofContent relative: String) -> String {
        String(relative.dropFirst(contentName.count + 1))
    }
}
