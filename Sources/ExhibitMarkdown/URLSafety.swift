/// Decides which URLs may reach the page.
///
/// Browsers strip leading control characters and spaces from a URL and ignore tabs and
/// newlines inside it, so `java\tscript:` is still `javascript:`; the check does the same.
enum URLSafety {
    /// `data:` images a browser displays without running anything.
    private static let safeDataPrefixes = [
        "data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp", "data:image/avif",
    ]

    /// Whether `url` (already unescaped) may be the target of a link or the source of an image.
    static func isSafe(_ url: String) -> Bool {
        let normalized = normalize(url)
        if normalized.hasPrefix("javascript:") || normalized.hasPrefix("vbscript:") { return false }
        if normalized.hasPrefix("data:") {
            return safeDataPrefixes.contains { normalized.hasPrefix($0) }
        }
        return true
    }

    /// Whether an attribute value of raw HTML (entities decoded) may stay. Stricter than
    /// `isSafe`: a script URL anywhere counts, which catches `<meta content="0;url=javascript:…">`
    /// and `style="background:url(javascript:…)"` at the price of the odd harmless title.
    static func isSafeAttributeValue(_ value: String) -> Bool {
        let normalized = normalize(value)
        if normalized.contains("javascript:") || normalized.contains("vbscript:") { return false }
        return isSafe(value)
    }

    /// Lower-cased, with every control character and space removed.
    private static func normalize(_ url: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in url.unicodeScalars where scalar.value > 0x20 && scalar.value != 0x7F {
            result.append(scalar)
        }
        return String(result).lowercased()
    }
}
