import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// For Swift Testing end-to-end tests: a scratch folder with a copy of the example site,
/// removed with `remove()`, and `exhibit` run on it.
struct E2ESite {
    let scratch: URL
    let site: URL
    var output: URL { site.appendingPathComponent("public") }

    /// A fresh scratch folder under `base` (the temporary folder unless given), holding
    /// `site/` with the example's content/ and templates/ when `example` is true.
    init(example: Bool = true, base: URL? = nil) throws {
        scratch = (base ?? FileManager.default.temporaryDirectory)
            .appendingPathComponent("exhibit-e2e-\(UUID().uuidString)").resolvingSymlinksInPath()
        site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        guard example else { return }
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Locations.repositoryRoot.appendingPathComponent(folder),
                                             to: site.appendingPathComponent(folder))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: scratch) }

    static var binary: URL {
        get throws {
            guard let url = Locations.exhibitBinary(near: Bundle(for: EndToEndCase.self)) else {
                Issue.record("no `exhibit` binary beside the test bundle; run `swift build` first")
                throw CocoaError(.fileNoSuchFile)
            }
            return url
        }
    }

    /// `exhibit <arguments>`, run from the scratch folder.
    func exhibit(_ arguments: [String], timeout: TimeInterval = 300) throws -> ExhibitRun {
        try runProgram(Self.binary, arguments, in: scratch, timeout: timeout)
    }

    /// `exhibit build --site <site>` plus `extra`.
    func build(_ extra: [String] = []) throws -> ExhibitRun {
        try exhibit(["build", "--site", site.path] + extra)
    }

    func write(_ text: String, to path: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Names beside `output` that a build left: `.public.staging-…`, `.public.old-…`.
    static func leftovers(beside output: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(".\(output.lastPathComponent).") }.sorted()
    }
}

/// Every symbolic link under `root` (found with lstat, never followed), relative to it.
func symbolicLinks(under root: URL) -> [String] {
    var links: [String] = []
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return links }
    while let relative = walker.nextObject() as? String {
        var info = stat()
        if lstat(root.path + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK { links.append(relative) }
    }
    return links.sorted()
}

/// Whether `path` is a regular file itself (not a link to one).
func isRegularFile(_ path: URL) -> Bool {
    var info = stat()
    return lstat(path.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
}
