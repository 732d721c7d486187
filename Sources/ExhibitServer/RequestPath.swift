import Foundation

/// The path of a request, percent-decoded and checked so that it stays inside the site.
struct RequestPath: Equatable, Sendable {
    /// The decoded segments: `/cases/x/` → `["cases", "x"]`.
    var segments: [String]
    /// Whether the path ends with `/` (or is `/`).
    var trailingSlash: Bool
    /// The path as it was sent (still percent-encoded), without query or fragment.
    var raw: String

    /// Parses a request target (`/cases/x/?a=1`); nil for one that is not a plain path
    /// inside the site: no leading `/`, bad percent-encoding, `.` or `..` segments, a NUL,
    /// a backslash or another control character, even percent-encoded.
    init?(target: String) {
        var raw = Substring(target)
        if let cut = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = raw[..<cut] }
        guard raw.hasPrefix("/"), let decoded = String(raw).removingPercentEncoding else { return nil }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F }) else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        self.segments = parts
        self.trailingSlash = decoded.hasSuffix("/")
        self.raw = String(raw)
    }

    /// The site file it names directly: `/` → `index.html`, `/cases/x/` → `cases/x/index.html`,
    /// `/css/site.css` → `css/site.css`.
    var file: String {
        if segments.isEmpty { return "index.html" }
        let joined = segments.joined(separator: "/")
        return trailingSlash ? joined + "/index.html" : joined
    }

    /// Where `/cases/x` is redirected to reach its folder: `/cases/x/`. Made from the
    /// decoded segments, not from what was sent, so that it always starts with exactly
    /// one `/`: `//evil.example` sent back as a `Location` would be another host.
    var folderLocation: String {
        "/" + segments.map(Self.encoded).map { $0 + "/" }.joined()
    }

    /// `segment` percent-encoded as a path segment: only RFC 3986 unreserved characters
    /// and sub-delimiters stay as they are.
    static func encoded(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? ""
    }
    private static let segmentAllowed = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")

    /// For `/cases/x`, the folder's index it may mean: `cases/x/index.html`.
    var folderIndex: String? {
        segments.isEmpty || trailingSlash ? nil : segments.joined(separator: "/") + "/index.html"
    }
}
