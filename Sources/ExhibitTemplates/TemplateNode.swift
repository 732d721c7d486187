/// The nesting of a template's tags: sections hold what is between their open and close.
indirect enum TemplateNode {
    case value(TemplateToken)
    case section(TemplateToken, [TemplateNode])
    case inverted(TemplateToken, [TemplateNode])
    case partial(TemplateToken)
    case parent(TemplateToken, [TemplateNode])
    case block(TemplateToken, [TemplateNode])

    /// Builds the tree, or reports the first section closed wrongly or left open, at the
    /// line where the designer has to look.
    static func tree(of tokens: [TemplateToken], path: String) -> Result<[TemplateNode], TemplateProblem> {
        var stack: [(TemplateToken, [TemplateNode])] = [(TemplateToken(kind: .comment, name: "", line: 0, column: 0), [])]
        for token in tokens {
            switch token.kind {
            case .comment, .delimiters, .pragma:
                continue
            case .variable, .unescaped:
                stack[stack.count - 1].1.append(.value(token))
            case .partial:
                stack[stack.count - 1].1.append(.partial(token))
            case .parent where token.name.contains("/"):
                // swift-mustache reads a closing tag's name without `/`, so
                // `{{/layouts/base}}` could never close `{{<layouts/base}}`.
                return .failure(TemplateProblem(path: path, line: token.line, column: token.column,
                    message: "a parent template's name cannot contain `/`: `\(token.name)`",
                    fix: "keep layouts at the top of templates/, e.g. templates/base.mustache used as `{{<base}}`"))
            case .section, .inverted, .parent, .block:
                // swift-mustache parses and renders sections by recursion; thousands of
                // levels would overflow the stack before any message could be printed.
                guard stack.count <= TemplateGraph.maxDepth else {
                    return .failure(TemplateProblem(path: path, line: token.line, column: token.column,
                        message: "sections are nested more than \(TemplateGraph.maxDepth) levels deep here",
                        fix: "close sections before opening new ones; at most \(TemplateGraph.maxDepth) may be open inside each other"))
                }
                stack.append((token, []))
            case .close:
                guard stack.count > 1 else {
                    return .failure(TemplateProblem(path: path, line: token.line, column: token.column,
                        message: "`{{/\(token.name)}}` closes a section that was never opened",
                        fix: "delete it, or open the section with `{{#\(token.name)}}` above"))
                }
                let (open, children) = stack.removeLast()
                guard open.name == token.name else {
                    return .failure(TemplateProblem(path: path, line: token.line, column: token.column,
                        message: "`{{/\(token.name)}}` closes `\(open.name)`, which was opened on line \(open.line)",
                        fix: "close `\(open.name)` first with `{{/\(open.name)}}`"))
                }
                let node: TemplateNode
                switch open.kind {
                case .section: node = .section(open, children)
                case .inverted: node = .inverted(open, children)
                case .parent: node = .parent(open, children)
                default: node = .block(open, children)
                }
                stack[stack.count - 1].1.append(node)
            }
        }
        if stack.count > 1, let (open, _) = stack.last {
            let sigil = ["#", "^", "<", "$"][[TemplateToken.Kind.section, .inverted, .parent, .block].firstIndex(of: open.kind) ?? 0]
            return .failure(TemplateProblem(path: path, line: open.line, column: open.column,
                message: "`{{\(sigil)\(open.name)}}` is never closed",
                fix: "add `{{/\(open.name)}}` where the section ends"))
        }
        return .success(stack[0].1)
    }
}
