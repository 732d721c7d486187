import Foundation

/// The site's raster images as published: each used file's variants, by the file
/// (site-relative, `content/cases/apple/orchard.jpg`), and which originals stay out of
/// the output.
struct ResponsiveImages: Sendable {
    var byFile: [String: ResponsiveImage] = [:]
    /// Originals that are published as variants only: the largest file of a photo is not
    /// copied, unless a page links to it as a file (`[原图](orchard.jpg)`).
    var unpublished: Set<String> = []
    /// Every raster file the stage was given, published or not (a damaged file is left
    /// as it is): serve's fast path knows an edit names no new picture.
    var considered: Set<String> = []

    /// The image `file` is published as, if it is a raster image with variants.
    subscript(file: String) -> ResponsiveImage? { byFile[file] }

    /// Every variant, by output path, for the copies of the output.
    var copies: [(output: String, source: URL?)] {
        byFile.keys.sorted().flatMap { file in
            let image = byFile[file]!
            return (image.webp + image.fallback).map { ($0.output, $0.source) }
        }
    }

    /// The output paths the bodies still name after their pictures were rewritten: a
    /// link to an original (`href`), or an `<img>` left as it was (raw HTML): those
    /// originals are still copied. `bodies` are HTML with the output folder of the page
    /// each is shown on.
    static func linkedOutputs(in bodies: [(html: String, directory: String)]) -> Set<String> {
        var linked: Set<String> = []
        for attribute in ["href=\"", "src=\""] {
            for (html, directory) in bodies where html.contains(attribute) {
                linked.formUnion(named(by: attribute, in: html, directory: directory))
            }
        }
        return linked
    }

    /// The URLs of the `<img src="…">` of `html`, as paths (`plainPath`).
    static func sources(in html: String) -> Set<String> {
        var found: Set<String> = []
        var rest = html[...]
        while let start = rest.range(of: "<img src=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            found.insert(plainPath(String(rest[..<end])))
            rest = rest[end...]
        }
        return found
    }

    private static func named(by attribute: String, in html: String, directory: String) -> Set<String> {
        var linked: Set<String> = []
        let up = String(repeating: "../", count: directory.split(separator: "/").count)
        var rest = html[...]
        while let start = rest.range(of: attribute) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let url = plainPath(String(rest[..<end]))
            if url.hasPrefix(up) { linked.insert(String(url.dropFirst(up.count))) }
            rest = rest[end...]
        }
        return linked
    }

    /// A URL as cmark-gfm writes it into an attribute (`&amp;`, percent-encoded, maybe
    /// with `?…` or `#…`), as the path it names.
    static func plainPath(_ written: String) -> String {
        let unescaped = written.replacingOccurrences(of: "&amp;", with: "&")
        let path = unescaped.prefix { $0 != "?" && $0 != "#" }
        return path.removingPercentEncoding ?? String(path)
    }
}
