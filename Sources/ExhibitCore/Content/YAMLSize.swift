import Yams

/// A bound on how many values a YAML document may hold once its aliases are expanded.
///
/// An alias (`*a`) repeats what its anchor (`&a`) marks, and aliases of aliases multiply:
/// 348 bytes of front matter nested nine by nine ("a billion laughs") expand to a
/// billion values. Yams shares the repeated nodes, so parsing stays cheap, but every
/// later step that walks the values (template values, `cases.json`) pays for each copy.
/// Real front matter holds a few hundred values; one that expands past the limit is
/// refused before anything walks it. Front matter without an alias is not counted
/// (`FrontMatter.parse`): it holds what its text spells out, and costs what its size does.
enum YAMLSize {
    /// Values (scalars, lists, maps) one document may expand to.
    static let limit = 20_000

    /// The first top-level entry at which the document passes the limit, if one does.
    /// Counting stops there, so the cost is bounded by the limit, not by the expansion.
    static func firstOversized(_ fields: [FrontMatter.Field]) -> (key: String, node: Node)? {
        var budget = limit
        for field in fields {
            if !spend(field.value, budget: &budget) { return (field.key, field.keyNode) }
        }
        return nil
    }

    private static func spend(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias:
            return true
        case .sequence(let items):
            for item in items where !spend(item, budget: &budget) { return false }
            return true
        case .mapping(let pairs):
            for (key, value) in pairs where !spend(key, budget: &budget) || !spend(value, budget: &budget) { return false }
            return true
        }
    }

    /// The diagnostic for an entry that passes the limit, at its key.
    static func diagnostic(key: String, node: Node, path: String, lineOffset: Int, document: YAMLProblem.Document) -> Diagnostic {
        let mark = node.mark
        return .error(path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1,
            "`\(key)` expands to more than \(limit) values in \(document.name): YAML aliases (`*name`) repeat what an anchor (`&name`) marks, and here they multiply",
            fix: "write the values out instead of repeating them with `&` and `*`")
    }
}
