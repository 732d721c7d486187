import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a site's `content/` folder, sorted into what the build does with them.
struct SourceTree: Sendable {
    struct CaseFile: Sendable {
        var path: String          // content/cases/apple.md
        var defaultSlug: String   // from the file or folder name
        var bundlePath: String?   // content/cases/apple (folder cases)
    }
    struct Asset: Sendable {
        var path: String          // content/cases/apple/orchard.jpg
        var bundlePath: String?   // the case folder it belongs to, if any
    }

    var siteYAML: String?
    var cases: [CaseFile] = []
    var pages: [(path: String, defaultSlug: String)] = []
    var assets: [Asset] = []
    var strayMarkdown: [String] = []

    /// Walks `content/` under `root`. Symbolic links are followed, but a folder already
    /// visited (by its real path) is not entered again, so a link loop cannot hang the build.
    static func scan(root: URL) throws -> SourceTree {
        var tree = SourceTree()
        var files: [String] = []
        var visited = Set<String>()
        walk(root.path + "/content", relative: "content", files: &files, visited: &visited)
        files.sort()
        let bundles = Set(files.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            return parts.count == 4 && parts[1] == "cases" && parts[3] == "index.md" ? parts[..<3].joined(separator: "/") : nil
        })
        for path in files {
            let parts = path.split(separator: "/").map(String.init)
            let name = parts.last!
            let isMarkdown = name.lowercased().hasSuffix(".md") || name.lowercased().hasSuffix(".markdown")
            let bundle = parts.count >= 4 && parts[1] == "cases" ? bundles.first { path.hasPrefix($0 + "/") } : nil
            if path == "content/site.yaml" || path == "content/site.yml" {
                tree.siteYAML = path
            } else if isMarkdown && parts.count == 3 && parts[1] == "cases" {
                tree.cases.append(CaseFile(path: path, defaultSlug: stem(name), bundlePath: nil))
            } else if isMarkdown && parts.count == 4 && parts[1] == "cases" && name == "index.md" {
                tree.cases.append(CaseFile(path: path, defaultSlug: parts[2], bundlePath: bundle))
            } else if isMarkdown && parts.count == 3 && parts[1] == "pages" {
                tree.pages.append((path, stem(name)))
            } else if isMarkdown && bundle == nil {
                tree.strayMarkdown.append(path)
            } else {
                tree.assets.append(Asset(path: path, bundlePath: bundle))
            }
        }
        return tree
    }

    private static func stem(_ name: String) -> String {
        (name as NSString).deletingPathExtension
    }

    /// Paths are plain strings and kinds come from one `stat` each: building `URL`s for
    /// every file was the largest cost of a rebuild's scan.
    private static func walk(_ path: String, relative: String, files: inout [String], visited: inout Set<String>) {
        guard let real = realpath(path, nil) else { return }
        let canonical = String(cString: real)
        free(real)
        guard visited.insert(canonical).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
            let child = path + "/" + name
            var info = stat()
            guard stat(child, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(child, relative: relative + "/" + name, files: &files, visited: &visited)
            } else {
                files.append(relative + "/" + name)
            }
        }
    }
}
