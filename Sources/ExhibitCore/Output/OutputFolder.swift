import Foundation

/// The output folder's safety rules, and the swap that replaces it only after a build
/// succeeded: a failed build leaves the previous output exactly as it was.
struct OutputFolder {
    let url: URL
    let siteRoot: URL

    var stagingURL: URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).staging-\(getpid())")
    }

    /// The reason this folder must not be the output, if there is one.
    func refusal() -> Diagnostic? {
        let output = Self.canonical(url)
        let site = Self.canonical(siteRoot)
        let guarded = [("the site folder", site), ("content/", site + "/content"), ("templates/", site + "/templates")]
        for (name, path) in guarded {
            if output == path || path.hasPrefix(output + "/") || output.hasPrefix(path + "/") && name != "the site folder" {
                return .error(url.path, "refusing to build into \(url.path): it is, contains or lies inside \(name)",
                    fix: "choose another output folder, e.g. --output \(site)/public")
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                return .error(url.path, "the output \(url.path) is a file, not a folder", fix: "choose another --output")
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            // A build replaces the whole folder; never do that to a folder that is not a site.
            if !names.isEmpty && !names.contains("index.html") && !names.contains("404.html") {
                return .error(url.path, "the output folder \(url.path) has files but no index.html: it does not look like a built site",
                    fix: "point --output at an empty or new folder; a build replaces everything in it")
            }
        }
        return nil
    }

    /// Replaces the output with the staging folder.
    func swapIn() throws {
        let fm = FileManager.default
        let old = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).old-\(getpid())")
        if fm.fileExists(atPath: url.path) {
            try fm.moveItem(at: url, to: old)
            do {
                try fm.moveItem(at: stagingURL, to: url)
            } catch {
                try? fm.moveItem(at: old, to: url)
                throw error
            }
            try? fm.removeItem(at: old)
        } else {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.moveItem(at: stagingURL, to: url)
        }
    }

    func discardStaging() {
        try? FileManager.default.removeItem(at: stagingURL)
    }

    static func canonical(_ url: URL) -> String {
        var path = url.standardizedFileURL.resolvingSymlinksInPath().path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
