import Foundation

/// A raster image of the site as pages publish it: its variants (each width in WebP and
/// in a JPEG or PNG fallback) at their output paths, instead of the original.
struct ResponsiveImage: Sendable, Hashable {
    /// One published file: where it goes in the output, its width, and the cache file
    /// it is copied from (nil for `check`, which plans the files without making them).
    struct File: Sendable, Hashable {
        var output: String
        var width: Int
        var source: URL?
    }

    /// The upright size of the original, for `width`/`height` (the aspect ratio that
    /// keeps the page from jumping while the picture loads).
    var width: Int
    var height: Int
    /// Narrowest first.
    var webp: [File]
    var fallback: [File]

    /// `srcset` of one format, its URLs from a page whose way to the site's root is `root`.
    func srcset(_ files: [File], root: String) -> String {
        // A space or a comma in a file's name would end the URL inside srcset.
        files.map { "\(Self.srcsetURL(root + $0.output)) \($0.width)w" }.joined(separator: ", ")
    }

    static func srcsetURL(_ url: String) -> String {
        url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: ",", with: "%2C")
    }

    /// The fallback a browser without `srcset` shows: the narrowest at least `width`
    /// wide (or the widest there is).
    func fallback(atLeast width: Int) -> File? {
        fallback.first { $0.width >= width } ?? fallback.last
    }

    /// The widest fallback: print (the booklet) and sharing (Open Graph) want detail.
    var largest: File? { fallback.last }

    /// What a template gets for the picture on a page at `directory`: `url` is the
    /// fallback of `width` px (or the largest with `print`, and no WebP), the srcsets list
    /// every width.
    func value(alt: String, from directory: String, defaultWidth: Int = 960, print: Bool = false) -> CoverValue? {
        value(alt: alt, root: LinkResolver.root(of: directory), defaultWidth: defaultWidth, print: print)
    }

    /// `value(alt:from:…)` for a page whose way to the site's root is `root`.
    func value(alt: String, root: String, defaultWidth: Int = 960, print: Bool = false) -> CoverValue? {
        guard let shown = print ? largest : fallback(atLeast: defaultWidth) else { return nil }
        let url = root + shown.output
        // Print: the JPEG/PNG widths only, which every print path reads; the template's
        // sizes asks for the largest except on a phone's screen.
        if print { return CoverValue(url: url, alt: alt, srcset: srcset(fallback, root: root), width: width, height: height) }
        return CoverValue(url: url, alt: alt, srcset: srcset(fallback, root: root),
                          webpSrcset: srcset(webp, root: root), width: width, height: height)
    }
}
