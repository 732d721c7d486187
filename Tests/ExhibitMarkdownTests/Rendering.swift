import ExhibitMarkdown

/// Shorthands for the tests: the HTML of `markdown` in safe or unsafe mode.
enum Rendering {
    static let safe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: false, lineOffset: 0))
    static let unsafe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true, lineOffset: 0))

    static func html(_ markdown: String) -> String {
        safe.render(markdown).html.string
    }

    static func unsafeHTML(_ markdown: String) -> String {
        unsafe.render(markdown).html.string
    }
}
