import ExhibitText
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
    /// Only the outputs in `wanted` (the images' originals) are looked for: with none, no
    /// body is read. The HTML is scanned as bytes: searching it as `String`s for every
    /// attribute was two seconds of each `serve` update at 10,000 cases.
    static func linkedOutputs(in bodies: [(html: String, directory: String)], wanted: Set<String>) -> Set<String> {
        guard !wanted.isEmpty else { return [] }
        var linked: Set<String> = []
        for (html, directory) in bodies {
            let up = LinkResolver.root(of: directory)
            for url in attributeValues(in: html) {
                let path = plainPath(url)
                guard path.hasPrefix(up) else { continue }
                let output = String(path.dropFirst(up.count))
                if wanted.contains(output) { linked.insert(output) }
            }
        }
        return linked
    }

    /// The values of every `href="…"` and `src="…"` of `html`, as written.
    static func attributeValues(in html: String) -> [String] {
        var values: [String] = []
        html.withBytes { bytes in
            let quote = UInt8(ascii: "\"")
            var i = 0
            while i < bytes.count {
                // `href="` or `src="`: find `="` and look at the name before it.
                guard bytes[i] == UInt8(ascii: "="), i + 1 < bytes.count, bytes[i + 1] == quote else { i += 1; continue }
                let isSrc = i >= 3 && bytes[i - 3] == UInt8(ascii: "s") && bytes[i - 2] == UInt8(ascii: "r") && bytes[i - 1] == UInt8(ascii: "c")
                let isHref = i >= 4 && bytes[i - 4] == UInt8(ascii: "h") && bytes[i - 3] == UInt8(ascii: "r")
                    && bytes[i - 2] == UInt8(ascii: "e") && bytes[i - 1] == UInt8(ascii: "f")
                // Another attribute's `="` (or one in a script) is stepped over, not its
                // value: an unbalanced quote must not hide the links after it.
                guard isSrc || isHref else { i += 2; continue }
                let start = i + 2
                var end = start
                while end < bytes.count, bytes[end] != quote { end += 1 }
                guard end < bytes.count else { break }
                values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                i = end + 1
            }
        }
        return values
    }

    /// The URLs of the `<img src="…">` of `html`, as paths (`plainPath`), found as bytes.
    static func sources(in html: String) -> Set<String> {
        var found: Set<String> = []
        let opening = Array("<img src=\"".utf8)
        html.withBytes { bytes in
            var i = 0
            while i + opening.count <= bytes.count {
                guard bytes[i] == opening[0], bytes[i..<(i + opening.count)].elementsEqual(opening) else { i += 1; continue }
                let start = i + opening.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                guard end < bytes.count else { break }
                found.insert(plainPath(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
                i = end + 1
            }
        }
        return found
    }

    /// A URL as cmark-gfm writes it into an attribute (`&amp;`, percent-encoded, maybe
    /// with `?…` or `#…`), as the path it names.
    static func plainPath(_ written: String) -> String {
        let unescaped = written.replacingOccurrences(of: "&amp;", with: "&")
        let path = unescaped.prefix { $0 != "?" && $0 != "#" }
        return path.removingPercentEncoding ?? String(path)
    }
}
