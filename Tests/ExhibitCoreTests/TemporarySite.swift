import Foundation

/// A site folder made from an inline file tree, deleted when the test ends.
struct TemporarySite {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-core-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    static let siteYAML = """
    title: Test Expo
    language: en
    base_url: https://example.org/
    categories:
      - {id: research, name: Research}
    """

    static func caseFile(title: String, date: String = "2024-06-18", extra: String = "", body: String = "Text.") -> String {
        "---\ntitle: \(title)\ndate: \(date)\ncategory: research\n\(extra)---\n\(body)\n"
    }
}
