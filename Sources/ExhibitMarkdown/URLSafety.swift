/// Decides which URLs may reach the page.
///
/// Browsers strip leading control characters and spaces from a URL and ignore tabs and
/// newlines inside it, so `java\tscript:` is still `javascript:`; the check does the same.
public enum URLSafety {
    /// `data:` images a browser displays without running anything.
    private static let safeDataPrefixes = [
        "data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp", "data:image/avif",
    ].map { Array($0.utf8) }
    private static let javascript = Array("javascript:".utf8)
    private static let vbscript = Array("vbscript:".utf8)
    private static let data = Array("data:".utf8)

    /// Whether `url` (already unescaped) may be the target of a link or the source of an image.
    public static func isSafe(_ url: String) -> Bool {
        // Only the scheme matters, and the longest prefix compared has 15 bytes.
        isSafe(normalizedPrefix: normalize(url, limit: 16))
    }

    /// Whether an attribute value of raw HTML (entities decoded) may stay. Stricter than
    /// `isSafe`: a script URL anywhere counts, which catches `<meta content="0;url=javascript:…">`
    /// and `style="background:url(javascript:…)"` at the price of the odd harmless title.
    static func isSafeAttributeValue(_ value: String) -> Bool {
        let normalized = normalize(value, limit: .max)
        if contains(javascript, in: normalized) || contains(vbscript, in: normalized) { return false }
        return isSafe(normalizedPrefix: normalized)
    }

    private static func isSafe(normalizedPrefix bytes: [UInt8]) -> Bool {
        if bytes.starts(with: javascript) || bytes.starts(with: vbscript) { return false }
        if bytes.starts(with: data) {
            return safeDataPrefixes.contains { bytes.starts(with: $0) }
        }
        return true
    }

    /// The first `limit` UTF-8 bytes of `url` with every control character and space
    /// removed and ASCII letters lower-cased (schemes are ASCII).
    private static func normalize(_ url: String, limit: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(limit, url.utf8.count))
        for byte in url.utf8 where byte > 0x20 && byte != 0x7F {
            result.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            if result.count >= limit { break }
        }
        return result
    }

    private static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
