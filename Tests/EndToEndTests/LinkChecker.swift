import Foundation

/// Follows every `href` and `src` of every HTML page in a built site the way a browser
/// would from the page's URL, and reports each one that leads nowhere.
struct LinkChecker {
    let root: URL

    private static let attribute = try! NSRegularExpression(pattern: #"\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')"#)
    private static let scheme = try! NSRegularExpression(pattern: #"^[A-Za-z][A-Za-z0-9+.-]*:"#)

    /// "page: link → problem" for every failure.
    func check() -> [String] {
        let base = root.resolvingSymlinksInPath().path
        let pages = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
        var failures: [String] = []
        if pages.isEmpty { return ["no HTML pages under \(base)"] }
        var idCache: [String: Set<String>] = [:]
        func ids(_ page: String) -> Set<String> {
            if let cached = idCache[page] { return cached }
            let html = String(decoding: FileManager.default.contents(atPath: base + "/" + page) ?? Data(), as: UTF8.self)
            let found = Set(Self.matches(#"\sid\s*=\s*"([^"]*)""#, in: html).map(Self.unescape))
            idCache[page] = found
            return found
        }
        for page in pages where page != "404.html" {
            let html = String(decoding: FileManager.default.contents(atPath: base + "/" + page) ?? Data(), as: UTF8.self)
            let range = NSRange(html.startIndex..., in: html)
            for match in Self.attribute.matches(in: html, range: range) {
                let group = match.range(at: 1).location != NSNotFound ? 1 : 2
                guard let r = Range(match.range(at: group), in: html) else { continue }
                let raw = String(html[r])
                let link = Self.unescape(raw).trimmingCharacters(in: .whitespaces)
                if link == "#" || link.hasPrefix("//") { continue }
                if Self.scheme.firstMatch(in: link, range: NSRange(link.startIndex..., in: link)) != nil { continue }
                if let problem = problem(link, from: page, ids: ids) {
                    failures.append("\(page): \(raw) → \(problem)")
                }
            }
        }
        return failures
    }

    /// Why `link` on `page` leads nowhere, or nil when it resolves.
    private func problem(_ link: String, from page: String, ids: (String) -> Set<String>) -> String? {
        if link.hasPrefix("/") { return "root-absolute link (breaks under a sub-path)" }
        var reference = link
        var fragment: String?
        if let hash = reference.firstIndex(of: "#") {
            fragment = String(reference[reference.index(after: hash)...]).removingPercentEncoding
            reference = String(reference[..<hash])
        }
        if let query = reference.firstIndex(of: "?") { reference = String(reference[..<query]) }
        guard let decoded = reference.removingPercentEncoding else { return "bad percent-encoding" }
        var target: String
        if decoded.isEmpty {
            target = page
        } else {
            var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
            let pieces = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            for (i, piece) in pieces.enumerated() {
                switch piece {
                case ".": continue
                case "..":
                    if parts.isEmpty { return "leaves the site's folder" }
                    parts.removeLast()
                case "" where i == pieces.count - 1: continue
                case "": return "empty path segment"
                default: parts.append(piece)
                }
            }
            let isFolder = decoded.hasSuffix("/") || pieces.last == "." || pieces.last == ".."
            target = parts.joined(separator: "/")
            if isFolder { target += target.isEmpty ? "index.html" : "/index.html" }
        }
        var isDirectory: ObjCBool = false
        let path = root.resolvingSymlinksInPath().path + "/" + target
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no file \(target)" }
        if isDirectory.boolValue { return "\(target) is a folder: the link needs a trailing `/`" }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !ids(target).contains(fragment) {
            return "\(target) has no id=\"\(fragment)\""
        }
        return nil
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// Undoes the HTML character references a template may put in an attribute.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">"),
                                    ("&#x2F;", "/"), ("&#47;", "/"), ("&#x3D;", "="), ("&#61;", "="), ("&#x60;", "`"),
                                    ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }
}
