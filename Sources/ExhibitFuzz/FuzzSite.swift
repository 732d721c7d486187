import ExhibitCore
import Foundation

/// A scratch site folder, rewritten for every input and checked in memory the way
/// `exhibit check` does it: parse, resolve, theme, Markdown, render, then the output's
/// links; nothing is written outside the folder.
final class FuzzSite {
    let root: URL

    init() {
        // /dev/shm keeps the thousands of small writes off the disk when it exists.
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        root = URL(fileURLWithPath: base).appendingPathComponent("exhibit-fuzz-\(getpid())")
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Builds `input` as a site; what matters is that it returns at all.
    @discardableResult
    func run(_ input: FuzzInput) -> CheckReport {
        try? FileManager.default.removeItem(at: root)
        write(input.siteYAML, to: "content/site.yaml")
        write(input.caseFile, to: "content/cases/fuzz.md")
        // A second case so that lists, pagers and related cases have more than one item.
        write(Array("---\ntitle: 第二个案例\ndate: 2023-01-02\ncategory: research\ntags: [测试]\n---\n见 [模糊](fuzz.md)。\n".utf8),
              to: "content/cases/other.md")
        if !input.caseTemplate.isEmpty { write(input.caseTemplate, to: "templates/case.mustache") }
        if !input.partial.isEmpty { write(input.partial, to: "templates/partials/fuzz.mustache") }
        var options = BuildOptions(siteRoot: root)
        options.includeDrafts = true
        options.threads = 1
        return SiteChecker(options: options).run()
    }

    private func write(_ bytes: [UInt8], to path: String) {
        let url = root.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    }
}
