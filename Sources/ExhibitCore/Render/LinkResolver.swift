import Foundation

/// Resolves relative links and images of a source file, as a Markdown preview does,
/// and turns them into links relative to the page that shows them.
struct LinkResolver: Sendable {
    let outputBySource: [String: String]

    enum Resolution: Equatable {
        /// Not ours to change: external, absolute, or a fragment of this page.
        case external
        /// The relative URL to write in the page.
        case url(String)
        /// A relative target that does not exist; the path it was looked for at.
        case missing(String)
    }

    /// `destination` as written in `sourcePath` (site-relative), for a page whose output
    /// folder is `pageDirectory` (`cases/apple/`).
    func resolve(_ destination: String, from sourcePath: String, pageDirectory: String) -> Resolution {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("/") || Self.hasScheme(trimmed) {
            return .external
        }
        var path = Substring(trimmed)
        var suffix = ""
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[cut...])
            path = path[..<cut]
        }
        let decoded = String(path).removingPercentEncoding ?? String(path)
        let directory = sourcePath.split(separator: "/").dropLast().map(String.init)
        guard let target = Self.normalize(directory + decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)) else {
            return .missing(decoded)
        }
        guard let output = outputBySource[target] else { return .missing(target) }
        return .url(Self.relative(output, from: pageDirectory) + suffix)
    }

    /// `target` (output-relative) as seen from a page in `pageDirectory`.
    static func relative(_ target: String, from pageDirectory: String) -> String {
        let depth = pageDirectory.split(separator: "/").count
        return String(repeating: "../", count: depth) + target
    }

    static func hasScheme(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let scheme = s[..<colon]
        return !scheme.isEmpty && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// Resolves `.` and `..`; nil when the path climbs out of the site folder.
    static func normalize(_ parts: [String]) -> String? {
        var out: [String] = []
        for part in parts {
            switch part {
            case "", ".": continue
            case "..":
                guard !out.isEmpty else { return nil }
                out.removeLast()
            default: out.append(part)
            }
        }
        return out.joined(separator: "/")
    }
}
