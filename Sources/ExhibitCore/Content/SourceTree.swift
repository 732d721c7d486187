import ExhibitText
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
    /// `content/indicators.yaml`, when the site has one.
    var indicatorsYAML: String?
    /// `content/map.geojson`, when the site has one.
    var outline: String?
    var cases: [CaseFile] = []
    var pages: [(path: String, defaultSlug: String)] = []
    var assets: [Asset] = []
    var strayMarkdown: [String] = []
    /// Symbolic links that leave the site folder, lead to its hidden files or into the
    /// output, or lead nowhere, and names that are not UTF-8: nothing of them is read.
    var linkProblems: [Diagnostic] = []

    /// Walks the site's `content/`. Symbolic links are followed while they stay inside
    /// the site folder (a link to /etc/hostname would publish that machine's file), out of
    /// its hidden files (`.env`, `.git/config`: the walk skips dot-names, a link named
    /// `cover.txt` must not bring them back) and out of `output` (the last build, which
    /// would be published into itself). A folder already visited (by its real path) is not
    /// entered again, so a link loop cannot hang the build.
    static func scan(_ folder: SiteFolder, output: URL? = nil) throws -> SourceTree {
        var tree = SourceTree()
        var walker = Walker(site: realPath(folder.root.path) ?? folder.root.path,
                            output: output.map { OutputFolder.resolved($0).path },
                            content: realPath(folder.content.path))
        walker.walk(folder.content.path, relative: SiteFolder.contentName)
        tree.linkProblems = walker.problems
        var files = walker.files
        files.sort()
        let bundles = Set(files.compactMap { path -> String? in
            let parts = path.slashParts()
            return parts.count == 4 && parts[1] == "cases" && parts[3] == "index.md" ? parts[..<3].joined(separator: "/") : nil
        })
        for path in files {
            let parts = path.slashParts()
            let name = parts.last!
            let isMarkdown = name.lowercased().hasSuffix(".md") || name.lowercased().hasSuffix(".markdown")
            let bundle = parts.count >= 4 && parts[1] == "cases" ? bundles.first { path.hasPrefix($0 + "/") } : nil
            if SiteFolder.isSettings(path) {
                tree.siteYAML = path
            } else if path == SiteFolder.indicatorsPath {
                tree.indicatorsYAML = path
            } else if path == SiteFolder.outlinePath {
                tree.outline = path
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

    /// A Markdown file's name without its extension (`.md`, `.markdown`): what
    /// `NSString.deletingPathExtension` gives such a name, without the 12,000 instructions
    /// of bridging a name to `NSString` and back for every case.
    private static func stem(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return name }
        return String(name[..<dot])
    }

    static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// Paths are plain strings, and a kind comes from the folder's listing (`d_type`), or
    /// else from one `lstat` (and a `stat` for links): building `URL`s for every file was
    /// the largest cost of a rebuild's scan, and an `lstat` of every file, 10,000 system
    /// calls at 10,000 cases, about 1 % of a build's CPU.
    private struct Walker {
        let site: String
        let output: String?
        var files: [String] = []
        var visited = Set<String>()
        var problems: [Diagnostic] = []
        /// The real path of `content/`.
        let content: String?

        mutating func walk(_ path: String, relative: String) {
            guard let canonical = follow(path, relative: relative), visited.insert(canonical).inserted else { return }
            guard let folder = opendir(path) else { return }
            let entries = FolderEntry.all(in: folder)
            closedir(folder)
            for entry in entries where !entry.name.hasPrefix(".") && !entry.name.hasSuffix("~") {
                let name = entry.name
                guard entry.isUTF8 else {
                    // A zip made on Chinese Windows keeps its names in GBK: left out without
                    // a word, such a case or photo would just be missing from the site.
                    problems.append(.warning(relative + "/" + name, "this name is not UTF-8 (a zip made on Windows often keeps its names in GBK), so it cannot be published; it is left out",
                                             fix: "rename it on this computer (type the name again), or unpack the zip with its names converted (unzip -O GBK)"))
                    continue
                }
                let child = path + "/" + name
                var kind = entry.kind
                if kind == 0 {
                    var info = stat()
                    guard lstat(child, &info) == 0 else { continue }
                    if (info.st_mode & S_IFMT) == S_IFLNK {
                        guard let real = follow(child, relative: relative + "/" + name), stat(child, &info) == 0 else { continue }
                        if (info.st_mode & S_IFMT) == S_IFDIR, let content, real == content || OutputFolder.contains(content, real) {
                            warnOfInnerLink(relative + "/" + name, to: real, content: content)
                            continue
                        }
                    }
                    kind = info.st_mode & S_IFMT
                }
                switch kind {
                case S_IFDIR: walk(child, relative: relative + "/" + name)
                // Only regular files are published: a pipe or a device would hang or leak the copy.
                case S_IFREG: files.append(relative + "/" + name)
                default: continue
                }
            }
        }

        /// The real path of `path`; nil, with a problem when `path` is a symbolic link,
        /// when it leads nowhere, outside the site folder, to a hidden file of it or into
        /// the output. The output reached through a link to a folder holding it (the site
        /// folder) is left out without one: it is not content.
        private mutating func follow(_ path: String, relative: String) -> String? {
            let real = SourceTree.realPath(path)
            var info = stat()
            let isLink = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
            if let real, let output, real == output || OutputFolder.contains(output, real) {
                if isLink {
                    refuse(path, relative: relative, real: real, because: real == output ? "the output folder" : "inside the output folder \(output)",
                           fix: "the output is made from content/ by each build: link to the file in content/ or elsewhere in the site folder, or remove the link")
                }
                return nil
            }
            if let real, real == site || OutputFolder.contains(site, real) {
                let parts = real.dropFirst(site.count).split(separator: "/")
                guard isLink, let hidden = parts.firstIndex(where: { $0.hasPrefix(".") }) else { return real }
                refuse(path, relative: relative, real: real,
                       because: hidden == parts.count - 1 ? "a hidden \(Self.kind(path)) of the site folder"
                           : "inside \(parts[...hidden].joined(separator: "/")), a hidden folder of the site folder",
                       fix: "names that start with a dot (.env, .git) are never published: copy what should be published into content/ under a name without a leading dot, or remove the link")
                return nil
            }
            guard isLink else { return real }
            if let real {
                refuse(path, relative: relative, real: real, because: "outside the site folder",
                       fix: "copy what it links to into the site folder (replace the link with the file or folder itself), or remove the link")
            } else {
                let written = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                problems.append(.warning(relative, "this is a symbolic link to \(written), which does not exist; it is left out",
                    fix: "correct the link or remove it"))
            }
            return nil
        }

        /// A link to a folder of `content/` itself (or to one above it, a loop) is not
        /// followed: the folder is published under its own name. Followed, which of the two
        /// names a case or photo got depended on the order the file system lists them in.
        private mutating func warnOfInnerLink(_ relative: String, to real: String, content: String) {
            let target = SiteFolder.contentName + real.dropFirst(content.count)
            let loop = relative.hasPrefix(target + "/")
            problems.append(.warning(relative, "this is a symbolic link to the folder \(target)\(loop ? ", which holds it" : ""); it is not followed, as that folder is published under its own name",
                                     fix: "remove the link; to show a case in more than one list, give it tags or a category instead"))
        }

        private static func kind(_ path: String) -> String {
            var info = stat()
            return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? "folder" : "file"
        }

        private mutating func refuse(_ path: String, relative: String, real: String, because reason: String, fix: String) {
            problems.append(.error(relative, "this \(Self.kind(path)) is a symbolic link to \(real), \(reason); it is not published", fix: fix))
        }
    }
}
