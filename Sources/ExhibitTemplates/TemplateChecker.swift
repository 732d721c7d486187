import ExhibitText

/// Checks that every name a template uses is one its page provides.
///
/// Mustache renders an unknown name as nothing, so a typo in a theme (`case.covr`) would
/// silently drop a cover from every page. The checker walks the template with a
/// *specimen* of the page's context, one in which every optional value is present and
/// every list has an item, resolving names exactly as Mustache does: up the stack of
/// open sections, then down dotted paths.
struct TemplateChecker {
    let templates: [String: (source: TemplateSource, nodes: [TemplateNode])]
    var problems: [TemplateProblem] = []
    private var depth = 0

    init(templates: [String: (source: TemplateSource, nodes: [TemplateNode])]) {
        self.templates = templates
    }

    /// Marks a list whose specimen has no item: names inside it cannot be checked.
    struct Unknown {}
    /// Marks the inside of a list, where swift-mustache also provides `first`, `last`…
    struct ListItem { let value: Any }
    static let listNames: Set<String> = ["first", "last", "index", "even", "odd"]

    mutating func check(_ name: String, specimen: [String: Any], page: String) {
        guard let template = templates[name] else { return }
        walk(template.nodes, stack: [specimen], path: template.source.path, page: page)
    }

    private mutating func walk(_ nodes: [TemplateNode], stack: [Any], path: String, page: String) {
        for node in nodes {
            switch node {
            case .value(let token):
                _ = resolve(token, stack: stack, path: path, page: page)
            case .inverted(let token, let children):
                _ = resolve(token, stack: stack, path: path, page: page)
                walk(children, stack: stack, path: path, page: page)
            case .section(let token, let children):
                guard let value = resolve(token, stack: stack, path: path, page: page) else {
                    walk(children, stack: stack + [Unknown()], path: path, page: page)
                    continue
                }
                walk(children, stack: stack + [Self.scope(of: value)], path: path, page: page)
            case .block(_, let children):
                walk(children, stack: stack, path: path, page: page)
            case .partial(let token), .parent(let token, _):
                if case .parent(_, let blocks) = node { walk(blocks, stack: stack, path: path, page: page) }
                guard let included = templates[token.name] else {
                    problems.append(TemplateProblem(path: path, line: token.line, column: token.column,
                        message: "there is no template `\(token.name)`",
                        fix: "create templates/\(token.name).mustache, or correct the name"))
                    continue
                }
                guard depth < 16 else { continue }  // a recursive partial: checked deep enough
                depth += 1
                walk(included.nodes, stack: stack, path: included.source.path, page: page)
                depth -= 1
            }
        }
    }

    /// What a section over `value` pushes: a list's first item, a map, or for a
    /// true/false or text value nothing new (`Unknown` only for empty lists).
    private static func scope(of value: Any) -> Any {
        // `TemplateLazyList` is a final class: its exact type is every value of it.
        if let lazy = TemplateValues.lazy(value) { return lazy.count > 0 ? ListItem(value: lazy.item(0)) : Unknown() }
        if let list = TemplateValues.list(value) { return list.first.map { ListItem(value: $0) } ?? Unknown() }
        return value
    }

    private mutating func resolve(_ token: TemplateToken, stack: [Any], path: String, page: String) -> Any? {
        var name = token.name
        // swift-mustache transforms, `{{ uppercased(title) }}`: the name is inside.
        while let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            name = String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        if name == "." || name.isEmpty { return stack.last }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var found: Any?
        for object in stack.reversed() {
            if object is Unknown { return Unknown() }
            if object is ListItem, Self.listNames.contains(parts[0]), parts.count == 1 { return true }
            if let child = Self.child(parts[0], of: object) { found = child; break }
        }
        guard var value = found else {
            report(token, name: name, missing: parts[0], in: stack, path: path, page: page)
            return nil
        }
        for (i, part) in parts.enumerated().dropFirst() {
            guard let child = Self.child(part, of: value) else {
                report(token, name: name, missing: parts[..<(i + 1)].joined(separator: "."),
                       in: [value], path: path, page: page)
                return nil
            }
            value = child
        }
        return value
    }

    private static func child(_ name: String, of object: Any) -> Any? {
        // The engine's own lookup, which reads the page values in place: `as? [String:
        // Any]` here copied the interface strings (`t`, a `[String: String]`) into a new
        // dictionary for every name, 18 ms of each build.
        let object = (object as? ListItem)?.value ?? object
        return TemplateValues.child(name, of: object)
    }

    private mutating func report(_ token: TemplateToken, name: String, missing: String, in stack: [Any], path: String, page: String) {
        // `page.title.` or `page..title`: no list of names helps with a stray dot.
        let written = name.split(separator: ".", omittingEmptySubsequences: false)
        if written.contains(where: \.isEmpty) {
            let meant = written.filter { !$0.isEmpty }.joined(separator: ".")
            problems.append(TemplateProblem(path: path, line: token.line, column: token.column,
                message: "`\(name)` has an empty part: a name is words joined by single dots",
                fix: meant.isEmpty ? "write a name between the braces, e.g. `{{site.title}}`" : "write `\(meant)`"))
            return
        }
        var available = Set<String>()
        for object in stack {
            let object = (object as? ListItem)?.value ?? object
            if let dict = object as? [String: Any] { available.formUnion(dict.keys) }
            if let record = object as? TemplateRecord { available.formUnion(record.names) }
        }
        let last = String(missing.split(separator: ".").last ?? "")
        let prefix = missing.split(separator: ".").dropLast().joined(separator: ".")
        let guess = Suggestion.closest(to: last, in: available).map { (prefix.isEmpty ? "" : prefix + ".") + $0 }
        let names = available.sorted().prefix(16).joined(separator: ", ")
        if available.isEmpty && !prefix.isEmpty {
            // `case.title.text`: the value before the last part is a text or a number.
            problems.append(TemplateProblem(path: path, line: token.line, column: token.column,
                message: "`\(name)` is not a value of the \(page): `\(prefix)` is a single value, with no names inside it",
                fix: "write `\(prefix)` (docs/TEMPLATES.md lists every name)"))
            return
        }
        problems.append(TemplateProblem(path: path, line: token.line, column: token.column,
            message: "`\(name)` is not a value of the \(page)",
            fix: (guess.map { "did you mean `\($0)`? " } ?? "") + "names here: \(names) (docs/TEMPLATES.md lists them all)"))
    }
}
