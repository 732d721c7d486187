/// The ids cmark-gfm gives footnotes (`fn-a`, `fnref-a`, `fnref-a-2`), so headings can avoid them.
///
/// cmark-gfm 0.29 does not expose a footnote definition's label, so each definition is
/// rendered on its own and the ids it declares and links back to are read from that HTML.
enum FootnoteIDs {
    private static let markers = [Array(" id=\"fn".utf8), Array(" href=\"#fn".utf8)]

    static func used(by definitions: [OpaquePointer], in tree: ParsedTree) -> Set<String> {
        var ids: Set<String> = []
        for definition in definitions {
            let html = tree.withHTMLBytes(definition) { Array($0) }
            for marker in markers {
                var index = 0
                while let found = find(marker, in: html, from: index) {
                    // The value starts at the `fn` that ends the marker.
                    let start = found + marker.count - 2
                    guard let end = html[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                    ids.insert(String(decoding: html[start..<end], as: UTF8.self))
                    index = end
                }
            }
        }
        return ids
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for candidate in start...(bytes.count - needle.count) where bytes[candidate] == needle[0] {
            if bytes[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
        }
        return nil
    }
}
