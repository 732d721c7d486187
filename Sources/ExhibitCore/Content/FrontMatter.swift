import Yams

/// The YAML block between the opening `---` line and the closing `---` (or `...`) line of
/// a Markdown file, split from the body so that every position can be reported as a line
/// of the original file.
struct FrontMatter {
    /// The top-level mapping's keys in file order, with their value nodes.
    var fields: [(key: String, keyNode: Node, value: Node)]
    /// The Markdown after the closing line.
    var body: String
    /// Lines of the file before the body's first line (so body line 1 is file line `bodyLineOffset + 1`).
    var bodyLineOffset: Int
    /// Lines of the file before the YAML fragment's first line.
    let yamlLineOffset = 1

    /// By index: `first(where:)` copied each field's nodes out to compare its key (1 % of
    /// a 10,000-case build, a case's fields being looked up one by one).
    subscript(key: String) -> Node? {
        for i in fields.indices where fields[i].key == key { return fields[i].value }
        return nil
    }

    /// The opening of every reader of a Markdown file with front matter (cases, free
    /// pages): split and parse `text`, and a `FieldReader` placed at the YAML's lines.
    /// On failure, the one diagnostic that says why the file cannot be read at all.
    static func reader(for text: String, path: String) -> Result<(FrontMatter, FieldReader), Diagnostic> {
        parse(text, path: path).map { ($0, FieldReader(path: path, lineOffset: $0.yamlLineOffset)) }
    }

    /// Splits and parses `text`; every problem becomes a diagnostic at `path`.
    static func parse(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        if text.allSatisfy(\.isWhitespace) {
            return .failure(.error(path, "the file is empty",
                fix: "start it with front matter: a line `---`, then `title:`, `date:` and `category:`, then `---` and the text"))
        }
        // Line by line to the closing fence: splitting the whole file into lines and
        // joining the body again cost more than parsing its YAML.
        let lines = FenceLines(text)
        guard let first = lines.line(at: text.startIndex), FenceLines.isFence(first.text, "---") else {
            return .failure(.error(path, "the file does not start with front matter",
                fix: "add a line `---` at the top, then `title:`, `date:` and `category:`, then a closing `---`"))
        }
        var close = 1
        var next = first.next
        var closing: (text: Substring, next: String.Index?)?
        while let start = next, let line = lines.line(at: start) {
            if FenceLines.isFence(line.text, "---") || FenceLines.isFence(line.text, "...") { closing = line; break }
            close += 1
            next = line.next
        }
        guard let closing, let yamlStart = first.next else {
            return .failure(.error(path, line: 1, "the front matter opened on line 1 never closes",
                fix: "add a line `---` after the last front-matter key, before the text"))
        }
        // Between the fences, without the line break before the closing one.
        let yamlEnd = closing.text.startIndex
        let yaml = yamlEnd > yamlStart ? String(text[yamlStart..<text.utf8.index(before: yamlEnd)]) : ""
        let body = closing.next.map { String(text[$0...]) } ?? ""
        let root: Node?
        do {
            // The basic resolver leaves every scalar untyped: Exhibit reads values by key
            // and style itself, and Yams' default resolver runs regular expressions on
            // every scalar (and again when keys are compared), a tenth of a build. The
            // encoding is named: Yams' default reads the whole environment every time.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch {
            return .failure(YAMLProblem.diagnostic(for: error, path: path, lineOffset: 1, yaml: yaml))
        }
        var fields: [(String, Node, Node)] = []
        switch root {
        case nil:
            break
        case .mapping(let mapping)?:
            for (keyNode, value) in mapping {
                fields.append((keyNode.string ?? "", keyNode, value))
            }
        case let other?:
            let mark = other.mark
            return .failure(.error(path, line: (mark?.line ?? 1) + 1, column: mark?.column ?? 1,
                "the front matter is not a list of `key: value` lines",
                fix: "write one `key: value` per line, e.g. `title: 标题`"))
        }
        if let oversized = YAMLSize.firstOversized(fields) {
            return .failure(YAMLSize.diagnostic(key: oversized.key, node: oversized.node, path: path, lineOffset: 1, document: .frontMatter))
        }
        return .success(FrontMatter(fields: fields, body: body, bodyLineOffset: close + 1))
    }
}
