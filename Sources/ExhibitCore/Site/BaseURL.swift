import Foundation

/// What `base_url` must be: the address the site is published at, which every absolute link
/// (canonical, sitemap, feed, QR codes, the 404 page's links) starts with.
enum BaseURL {
    static let example = "https://example.edu.cn/achievements/"

    /// Why `url` cannot be the site's address, with the fix; nil when it can.
    static func problem(_ url: String) -> (message: String, fix: String)? {
        guard let scheme = url.range(of: "://"), ["http", "https"].contains(url[..<scheme.lowerBound]),
              let host = url[scheme.upperBound...].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first,
              !host.isEmpty else {
            return ("`base_url` must be an absolute http(s) URL, not `\(url)`",
                    "write the published address, e.g. `base_url: \(example)`")
        }
        if url.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            // Validators refuse an address with a raw space, and some phones' QR readers
            // cut it there.
            let fullWidth = url.unicodeScalars.contains { $0.properties.isWhitespace && !$0.isASCII }
            return ("`base_url` has a space in it: `\(url)`",
                    "write each space as %20, as the address bar shows it: `base_url: \(spacesEncoded(url))`"
                        + (fullWidth ? " (a full-width space, 全角空格, is usually typed by mistake: delete it)" : ""))
        }
        if let bad = url.unicodeScalars.first(where: { "\"<>\\^`{|}".unicodeScalars.contains($0) }) {
            return ("`base_url` has `\(bad)` in it, which an address cannot hold: `\(url)`",
                    "write the address as the browser's address bar shows it, e.g. `base_url: \(example)`")
        }
        if let cut = url.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            // Pages are found under the address: `…/expo/?from=qr` + `cases/x/` is no page.
            return ("`base_url` has a query or a fragment (`\(url[cut...])`): every page's address starts with it, so none would be found",
                    "give the folder the site is published in: `base_url: \(url[..<cut])`")
        }
        let segments = url[scheme.upperBound...].split(separator: "/").dropFirst()
        if segments.contains(where: { $0 == "." || $0 == ".." }) {
            return ("`base_url` has a `.` or `..` folder in it: `\(url)`",
                    "write the folder the site is published in without them, e.g. `base_url: \(example)`")
        }
        return nil
    }

    /// `url` with each whitespace character written as its UTF-8 bytes in %XX, for the fix.
    /// By hand: Foundation's `addingPercentEncoding` also encodes every Chinese character,
    /// and the fix should read as the editor wrote the rest (`…/成果%20展/`).
    static func spacesEncoded(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            if scalar.properties.isWhitespace {
                for byte in String(scalar).utf8 { out += "%" + String(format: "%02X", byte) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
