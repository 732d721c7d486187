import ExhibitText
import Yams

/// The YAML block between the opening `---` line and the closing `---` (or `...`) line of
/// a Markdown file, split from the body so that every position can be reported as a line
/// of the original file.
struct FrontMatter {
    /// One `key: value` line of the top-level mapping. A struct, not a tuple: an array of
    /// tuples holding nodes was copied and destroyed through the runtime's generic tuple
    /// functions (1 % of a 10,000-case build's CPU).
    struct Field {
        let key: String
        let keyNode: Node
        let value: Node
    }

    /// The top-level mapping's keys in file order, with their value nodes.
    let fields: [Field]
    /// The fields' keys alone, for looking them up (see `subscript`).
    private let keys: [String]
    /// The Markdown after the closing line.
    var body: String
    /// Lines of the file before the body's first line (so body line 1 is file line `bodyLineOffset + 1`).
    var bodyLineOffset: Int
    /// Lines of the file before the YAML fragment's first line.
    let yamlLineOffset = 1

    init(fields: [Field], body: String, bodyLineOffset: Int) {
        self.fields = fields
        self.keys = fields.map(\.key)
        self.body = body
        self.bodyLineOffset = bodyLineOffset
    }

    /// Found among the keys alone: comparing `fields[i].key` copied the whole field, both
    /// nodes with it, for every field passed (`first(where:)` 1 % of a 10,000-case build,
    /// the loop by index 0.5 %: the case's fields are looked up one by one).
    subscript(key: String) -> Node? {
        guard let i = keys.firstIndex(of: key) else { return nil }
        return fields[i].value
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
        // Line by line to the closing fence (`FenceLines`): splitting the whole file into
        // lines and joining the body again cost more than parsing its YAML.
        let yaml: String, body: String, close: Int
        switch FenceLines.find(in: text) {
        case .noOpening:
            return .failure(.error(path, "the file does not start with front matter",
                fix: "add a line `---` at the top, then `title:`, `date:` and `category:`, then a closing `---`"))
        case .unclosed:
            return .failure(.error(path, line: 1, "the front matter opened on line 1 never closes",
                fix: "add a line `---` after the last front-matter key, before the text"))
        case let .fences(yamlStart, closingStart, closingLine, bodyStart):
            // Between the fences, without the line break before the closing one.
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            yaml = closingStart > yamlStart ? String(text[index(yamlStart)..<index(closingStart - 1)]) : ""
            body = bodyStart.map { String(text[index($0)...]) } ?? ""
            close = closingLine
        }
        let root: Node?
        do {
            root = try YAMLDocument.compose(yaml)
        } catch {
            return .failure(YAMLProblem.diagnostic(for: error, path: path, lineOffset: 1, yaml: yaml))
        }
        var fields: [Field] = []
        switch root {
        case nil:
            break
        case .mapping(let mapping)?:
            // By index: iterating a mapping makes an array of all its pairs first, a copy
            // of every node of the front matter made and freed for nothing.
            fields.reserveCapacity(mapping.count)
            for i in mapping.startIndex..<mapping.endIndex {
                let (keyNode, value) = mapping[i]
                fields.append(Field(key: keyNode.scalarText ?? "", keyNode: keyNode, value: value))
            }
        case let other?:
            let mark = other.mark
            return .failure(.error(path, line: (mark?.line ?? 1) + 1, column: mark?.column ?? 1,
                "the front matter is not a list of `key: value` lines",
                fix: "write one `key: value` per line, e.g. `title: 标题`"))
        }
        // Only aliases (`*name`) make a document hold more values than its text spells
        // out; without one, its size is its text's, and counting was 0.6 % of a build.
        // Looked for with `memchr`: `utf8.contains` stepped through the view a byte at a
        // time (0.3 % of a build).
        let hasAlias = yaml.withBytes { $0.offset(of: UInt8(ascii: "*")) != nil }
        if hasAlias, let oversized = YAMLSize.firstOversized(fields) {
            return .failure(YAMLSize.diagnostic(key: oversized.key, node: oversized.node, path: path, lineOffset: 1, document: .frontMatter))
        }
        return .success(FrontMatter(fields: fields, body: body, bodyLineOffset: close + 1))
    }
}
