import Foundation

/// The second pass of the check: whether each link, image and anchor leads somewhere,
/// and which problems the build already reported at the Markdown line.
extension OutputChecker {
    // MARK: - Second pass: do references lead somewhere?

    func check(_ reference: Reference, on page: String, ids: [String: Set<String>]) -> Diagnostic? {
        let origin = map.origins[page]
        let noun = reference.kind == .link ? "link" : reference.kind == .image ? "image" : "reference"
        let raw = reference.value
        func warning(_ message: String, _ fix: String) -> Diagnostic {
            let (line, column) = LinkScanner.position(of: reference.offset, in: files[page] ?? Data())
            return .warning(displayPath(page), line: line, column: column, message,
                            fix: fix + "; " + location(noun, origin))
        }
        var here: String { "/" + (page.hasSuffix("index.html") ? String(page.dropLast(10)) : page) }
        var rest = Substring(raw)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        if let base = map.baseURL, rest.hasPrefix(base) {
            rest = Substring(map.basePath) + rest.dropFirst(base.count)  // the site's own absolute URL
        }
        guard let decoded = rest.utf8.contains(UInt8(ascii: "%")) ? String(rest).removingPercentEncoding : String(rest) else {
            return warning("the \(noun) `\(raw)` has a broken percent-encoding", "write each `%` as `%25`")
        }
        let target: String
        switch Self.resolve(decoded, from: page, basePath: map.basePath) {
        case .file(let path):
            target = path
        case .leavesSite:
            return warning("the \(noun) `\(raw)` leads out of the site's folder",
                           "correct the path relative to this page (\(here)); it has too many `../`")
        case .outsideBase:
            return warning("the \(noun) `\(raw)` starts with `/` outside the site's base path `\(map.basePath)`: it breaks when the site is published under another path",
                           "make it relative to this page (\(here)), e.g. `../`")
        }
        if files[target] == nil {
            let folder = target.isEmpty ? "index.html" : target + "/index.html"
            if files[folder] != nil {
                return warning("the \(noun) `\(raw)` leads to a folder (\(displayPath(target))/), not a file",
                               "end it with `/` so it opens the folder's index.html")
            }
            return warning("the \(noun) `\(raw)` leads to no file of the site (looked for \(displayPath(target)))",
                           "correct the path relative to this page (\(here))")
        }
        if let fragment, !fragment.isEmpty, fragment != "top", target.hasSuffix(".html") {
            let id = fragment.utf8.contains(UInt8(ascii: "%")) ? fragment.removingPercentEncoding ?? fragment : fragment
            if !(ids[target] ?? []).contains(id) {
                let place = target == page ? "on this page" : "in \(displayPath(target))"
                return warning("the \(noun) `\(raw)` leads to no element with id=\"\(id)\" \(place)",
                               "link to an id the page has, or give the element it should jump to id=\"\(id)\"")
            }
        }
        return nil
    }

    /// Where a link leads: a file of the output, or nowhere, and why.
    public enum Resolution: Equatable, Sendable {
        case file(String)
        case leavesSite
        case outsideBase
    }

    /// The output file a percent-decoded link path leads to from `page`, as a browser
    /// resolves it; a path ending in `/` (or `.`, `..`) means that folder's index.html.
    public static func resolve(_ path: String, from page: String, basePath: String) -> Resolution {
        if path.isEmpty { return .file(page) }
        var parts: [String]
        var relative = Substring(path)
        if path.hasPrefix("/") {
            guard path.hasPrefix(basePath) || path + "/" == basePath else { return .outsideBase }
            relative = path.dropFirst(min(path.count, basePath.count))
            parts = []
        } else {
            parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
        let pieces = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for piece in pieces {
            switch piece {
            case ".": continue
            case "..":
                if parts.isEmpty { return .leavesSite }
                parts.removeLast()
            case "": continue  // `a//b` and the end of `a/`
            default: parts.append(piece)
            }
        }
        let isFolder = relative.isEmpty || relative.hasSuffix("/") || pieces.last == "." || pieces.last == ".."
        var target = parts.joined(separator: "/")
        if isFolder { target += target.isEmpty ? "index.html" : "/index.html" }
        return .file(target)
    }

    /// Where to fix a problem of a page: its Markdown file and its template.
    func location(_ noun: String, _ origin: PageOrigin?) -> String {
        guard let origin else { return "the \(noun) is in a template of the theme" }
        let template = "the template `\(origin.template)` (\(SiteFolder.template(origin.template)) or a partial it uses)"
        if let source = origin.source { return "the \(noun) is in \(source) or in \(template)" }
        return "the \(noun) is in \(template)"
    }

    // MARK: - Problems the build already reported

    /// The names the build's warnings quote (`` `other.md` ``), by source file, decoded.
    func knownReferences() -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for diagnostic in known where diagnostic.severity == .warning {
            let quoted = diagnostic.message.split(separator: "`", omittingEmptySubsequences: false)
            for (i, piece) in quoted.enumerated() where i % 2 == 1 {
                let text = String(piece)
                result[diagnostic.path, default: []].insert(text.removingPercentEncoding ?? text)
                result[diagnostic.path, default: []].insert(Self.lastComponent(text))
            }
        }
        return result
    }

    /// Whether the build already reported this problem at the Markdown line of the page's
    /// source: the same link, or an image of the same file name.
    func alreadyReported(_ diagnostic: Diagnostic, origin: PageOrigin?, known: [String: Set<String>]) -> Bool {
        guard let source = origin?.source, let names = known[source] else { return false }
        let quoted = diagnostic.message.split(separator: "`", omittingEmptySubsequences: false)
        guard quoted.count > 1 else { return false }
        let link = String(quoted[1])
        let decoded = link.removingPercentEncoding ?? link
        return names.contains(decoded) || (diagnostic.message.contains("image") && names.contains(Self.lastComponent(link)))
    }

    static func lastComponent(_ link: String) -> String {
        let decoded = link.removingPercentEncoding ?? link
        let path = decoded.split(separator: "#").first.map(String.init) ?? decoded
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
