/// The ids cmark-gfm gives footnotes (`fn-a`, `fnref-a`, `fnref-a-2`), so headings can avoid them.
///
/// cmark-gfm 0.29 does not expose a footnote definition's label, so each definition is
/// rendered on its own and the ids it declares and links back to are read from that HTML.
enum FootnoteIDs {
    static func used(by definitions: [OpaquePointer], in tree: ParsedTree) -> Set<String> {
        var ids: Set<String> = []
        for definition in definitions {
            let html = tree.renderHTML(definition)
            for marker in [" id=\"fn", " href=\"#fn"] {
                var rest = html[...]
                while let start = rest.range(of: marker) {
                    let valueStart = html.index(start.upperBound, offsetBy: -2)
                    guard let end = html[valueStart...].firstIndex(of: "\"") else { break }
                    ids.insert(String(html[valueStart..<end]))
                    rest = html[end...]
                }
            }
        }
        return ids
    }
}
