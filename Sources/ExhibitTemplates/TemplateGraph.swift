/// Checks how templates include each other before anything is rendered.
///
/// swift-mustache renders (and parses) by recursion: a partial that includes itself,
/// directly or through others, or sections nested thousands deep, overflow the stack and
/// kill the process (`build`, `check`, and `serve` on save). Cycles are errors, and the
/// nesting of sections, partials and parents is bounded, so rendering stays shallow.
struct TemplateGraph {
    /// Levels of sections, inverted sections, blocks, partials and parents one page may
    /// open inside each other, counted through partials and parents.
    static let maxDepth = 100

    typealias Tree = (source: TemplateSource, nodes: [TemplateNode])

    let templates: [String: Tree]
    private(set) var problems: [TemplateProblem] = []
    /// Heights of templates fully walked: the deepest nesting inside each.
    private var heights: [String: Int] = [:]
    /// Templates being walked, outermost first, with the tag followed out of each.
    private var path: [(name: String, tag: TemplateToken?)] = []
    private var reportedCycles = Set<[String]>()

    init(templates: [String: Tree]) {
        self.templates = templates
    }

    /// Problems of every template, in a fixed order.
    static func problems(of templates: [String: Tree]) -> [TemplateProblem] {
        var graph = TemplateGraph(templates: templates)
        for name in templates.keys.sorted() { _ = graph.height(of: name, depth: 0) }
        return graph.problems
    }

    /// The nesting inside `name`, or nil when it has a cycle or is too deep (reported).
    private mutating func height(of name: String, depth: Int) -> Int? {
        if let known = heights[name] { return known }
        guard let template = templates[name] else { return 0 }
        path.append((name, nil))
        defer { path.removeLast() }
        guard let height = height(of: template.nodes, in: template.source, depth: depth) else { return nil }
        heights[name] = height
        return height
    }

    private mutating func height(of nodes: [TemplateNode], in source: TemplateSource, depth: Int) -> Int? {
        var deepest = 0
        for node in nodes {
            let children: [TemplateNode]
            var included: TemplateToken?
            switch node {
            case .value: continue
            case .section(_, let c), .inverted(_, let c), .block(_, let c): children = c
            case .partial(let token): children = []; included = token
            case .parent(let token, let blocks): children = blocks; included = token
            }
            // The tree builder already refused a single file nested too deep, so this
            // recursion is bounded by maxDepth.
            guard let inner = height(of: children, in: source, depth: depth + 1) else { return nil }
            deepest = max(deepest, 1 + inner)
            guard let token = included, templates[token.name] != nil else { continue }
            if let start = path.firstIndex(where: { $0.name == token.name }) {
                reportCycle(from: start, closedBy: token)
                return nil
            }
            path[path.count - 1].tag = token
            // A parent renders this template's blocks inside its own sections: counting
            // both in full is never less than the real depth.
            let blocks = token.kind == .parent ? inner : 0
            guard let below = height(of: token.name, depth: depth + 1 + blocks) else { return nil }
            let total = 1 + blocks + below
            if depth + total > Self.maxDepth {
                problems.append(TemplateProblem(path: source.path, line: token.line, column: token.column,
                    message: "including `\(token.name)` here nests sections and partials \(depth + total) levels deep; at most \(Self.maxDepth) are allowed",
                    fix: "flatten the sections of `\(token.name)` or of the templates it includes"))
                return nil
            }
            deepest = max(deepest, total)
        }
        return deepest
    }

    /// Reports the cycle `path[start...]` → `token` once, at the tag of its first template
    /// in name order, so the message does not depend on where the walk came in.
    private mutating func reportCycle(from start: Int, closedBy token: TemplateToken) {
        var members = path[start...].map { (name: $0.name, tag: $0.tag) }
        members[members.count - 1].tag = token
        let first = members.indices.min { members[$0].name < members[$1].name } ?? 0
        members = Array(members[first...] + members[..<first])
        let names = members.map(\.name)
        guard reportedCycles.insert(names).inserted, let tag = members[0].tag,
              let template = templates[names[0]] else { return }
        let kind = tag.kind == .parent ? "template" : "partial"
        let sigil = tag.kind == .parent ? "<" : ">"
        let chain = (names + [names[0]]).joined(separator: " → ")
        problems.append(TemplateProblem(path: template.source.path, line: tag.line, column: tag.column,
            message: "\(kind) `\(names[0])` includes itself (\(chain))",
            fix: "Mustache would include it forever: remove `{{\(sigil) \(tag.name)}}` here, or the include that leads back to `\(names[0])`"))
    }
}
