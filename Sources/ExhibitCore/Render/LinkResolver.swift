import ExhibitText
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
        /// A file on the editor's own computer (`C:\…`, `/home/me/…`, `file:///…`): it works
        /// in their preview and nowhere else.
        case localFile
    }

    /// What the messages say of a `.missing` target: a target above the site folder
    /// (`../../../../etc/passwd`) leads outside the site, whether a file is there or not,
    /// and saying it "does not exist" would be untrue.
    static func notFound(_ target: String, otherwise: String) -> String {
        target == ".." || target.hasPrefix("../") ? "leads outside the site folder" : "\(otherwise) (looked for \(target))"
    }

    /// `destination` as written in `sourcePath` (site-relative), for a page whose output
    /// folder is `pageDirectory` (`cases/apple/`). A path from the site root (`/images/a.png`)
    /// means `content/images/a.png`, as the site's own URL would. For an image (or cover)
    /// such a path that is not in `content/` is missing; for a link it is left as written,
    /// since it may name a page Exhibit makes (`/tags/`).
    func resolve(_ destination: String, from sourcePath: String, pageDirectory: String, image: Bool = false) -> Resolution {
        resolve(destination, from: sourcePath, root: Self.root(of: pageDirectory), image: image)
    }

    /// `resolve(_:from:pageDirectory:image:)` for a page whose way to the site's root is
    /// `root` (`../../`, or the base path of a page served at any path).
    func resolve(_ destination: String, from sourcePath: String, root: String, image: Bool = false) -> Resolution {
        switch locate(destination, from: sourcePath) {
        case .external: return .external
        case .localFile: return .localFile
        case .outside(let decoded): return .missing(decoded)
        case .path(let target, let fromRoot, let decoded, let suffix):
            guard let output = outputBySource[target] else {
                guard fromRoot else { return .missing(target) }
                guard image else { return .external }
                return Self.isComputerFolder(decoded) ? .localFile : .missing(target)
            }
            return .url(root + output + suffix)
        }
    }

    /// The file of the site (site-relative, `content/cases/apple/orchard.jpg`) that
    /// `destination`, as written in `sourcePath`, names; nil when it names none.
    func contentFile(_ destination: String, from sourcePath: String) -> String? {
        guard case .path(let target, _, _, _) = locate(destination, from: sourcePath), outputBySource[target] != nil else { return nil }
        return target
    }

    private enum Location {
        case external, localFile
        /// A relative path that climbs out of the site folder.
        case outside(String)
        /// The site-relative path it names (which may not exist), and how it was written.
        case path(String, fromRoot: Bool, decoded: String, suffix: String)
    }

    private func locate(_ destination: String, from sourcePath: String) -> Location {
        let trimmed = destination.trimmed()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .external }
        if Self.isLocalFile(trimmed) { return .localFile }
        if trimmed.hasPrefix("//") || Self.hasScheme(trimmed) { return .external }
        // The fragment or query, and any `%`, found in the bytes (all three are ASCII):
        // looked for a `Character` at a time, they were a fifth of a link's time.
        let (cut, percent) = trimmed.withBytes { bytes -> (Int?, Bool) in
            let cut = bytes.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }
            return (cut, bytes[..<(cut ?? bytes.count)].contains(UInt8(ascii: "%")))
        }
        var path = Substring(trimmed)
        var suffix = ""
        if let cut {
            let index = trimmed.utf8.index(trimmed.utf8.startIndex, offsetBy: cut)
            suffix = String(trimmed[index...])
            path = trimmed[..<index]
        }
        // Foundation's decoding bridges each link to NSString (a third of the time links
        // took); a path with no `%` is already what it would give.
        let decoded = percent ? String(path).removingPercentEncoding ?? String(path) : String(path)
        let fromRoot = decoded.hasPrefix("/")
        let directory = fromRoot ? [SiteFolder.contentName] : sourcePath.slashParts().dropLast()
        guard let target = Self.normalize(directory + decoded.slashParts(omittingEmpty: false)) else {
            return .outside(decoded)
        }
        return .path(target, fromRoot: fromRoot, decoded: decoded, suffix: suffix)
    }

    /// A Windows path (`C:\…`, `D:/…`, `\\server\…`), a `file:` URL or a home-folder path
    /// (`~/…`): never a file of the site.
    ///
    /// Read in the first bytes, as `hasScheme` reads: these are ASCII, and comparing
    /// `Character`s (and lowercasing the whole link) made every link and menu entry of
    /// every page cost thousands of instructions.
    static func isLocalFile(_ s: String) -> Bool {
        // The first bytes where they are: an array of them was most of the test.
        s.withBytes { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(5))
            if head.count >= 3, isASCIILetter(head[0]), head[1] == UInt8(ascii: ":"),
               head[2] == UInt8(ascii: "\\") || head[2] == UInt8(ascii: "/") { return true }
            if head.first == UInt8(ascii: "\\") || head.starts(with: "~/".utf8) { return true }
            // `file:` in any case (no other letter lowercases to one of its letters).
            return head.count == 5 && zip(head, "file:".utf8).allSatisfy { $0 == $1 || $1 != UInt8(ascii: ":") && $0 | 0x20 == $1 }
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    /// Top folders of a Linux or macOS disk: `/home/me/Pictures/a.jpg` not found in
    /// content/ is a path on the editor's computer, not a mistyped site path.
    static func isComputerFolder(_ path: String) -> Bool {
        guard let first = path.split(separator: "/").first else { return false }
        return ["home", "Users", "root", "tmp", "mnt", "media", "Volumes", "private", "var", "opt", "usr", "srv", "Library"]
            .contains(String(first))
    }

    /// `target` (output-relative) as seen from a page in `pageDirectory`.
    static func relative(_ target: String, from pageDirectory: String) -> String {
        root(of: pageDirectory) + target
    }

    /// The way from a page in `pageDirectory` to the site's root: `../` for each folder
    /// (each non-empty part between slashes).
    ///
    /// Counted over the bytes, and the usual depths made once: every URL on every page
    /// starts with it, and splitting the folder into an array of parts for each one was
    /// 2 % of a 10,000-case build's CPU.
    static func root(of pageDirectory: String) -> String {
        var depth = 0
        var inPart = false
        for byte in pageDirectory.utf8 {
            let isSlash = byte == UInt8(ascii: "/")
            if !isSlash, !inPart { depth += 1 }
            inPart = !isSlash
        }
        return depth < roots.count ? roots[depth] : String(repeating: "../", count: depth)
    }

    private static let roots = (0..<8).map { String(repeating: "../", count: $0) }

    /// Whether `s` starts with a URL scheme (`https:`, `mailto:`). A Windows drive (`C:\…`)
    /// reads like a one-letter scheme and `file:` is one, but both are paths on the
    /// editor's computer (see `isLocalFile`).
    static func hasScheme(_ s: String) -> Bool {
        let schemeBeforeColon = s.withBytes { bytes -> Bool in
            guard let colon = bytes.offset(of: UInt8(ascii: ":")) else { return false }
            let scheme = bytes[..<colon]
            guard let first = scheme.first, isASCIILetter(first) else { return false }
            return scheme.allSatisfy { byte in
                isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            }
        }
        return schemeBeforeColon && !isLocalFile(s)
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
