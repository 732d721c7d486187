import Mustache

/// One template as each of its readers reads it: the checker's tree, swift-mustache (which
/// decides whether it is valid Mustache) and the engine's program, with the first problem
/// found. Reading is independent per template, so a theme's templates can be read on all
/// threads (`ThemeStage`): 20 ms of one thread for the built-in theme, which every build
/// waited for.
public struct TemplateReading: @unchecked Sendable {
    // Immutable after init; trees and programs hold only tokens, strings and arrays.
    public let source: TemplateSource
    var nodes: [TemplateNode]?
    var template: MustacheTemplate?
    var program: [Instruction]?
    var problem: TemplateProblem?

    /// `oracle`: whether swift-mustache reads a template of the built-in theme too. It
    /// must when it renders the pages (`Theme.Engine.swiftMustache`); otherwise it only
    /// judges the template, and the built-in theme's templates are judged by the tests
    /// (`BuiltInThemeTests`): reading them again took a tenth of a second of CPU, 2 % of
    /// a 1,000-case build. A template a site changed, however little, is read.
    ///
    /// `checked`: whether Exhibit's own reading (`TemplateScanner`, `TemplateNode`: the
    /// tree the checker walks) reads a template of the built-in theme. It must when the
    /// theme is checked against the specimens (a site's template may include a built-in
    /// partial); a build with the built-in theme alone checks nothing (`ThemeStage`), and
    /// the reading was a third of the time the theme took to load (11 million
    /// instructions). Such a template has no tree.
    public init(_ source: TemplateSource, oracle: Bool = true, checked: Bool = true) {
        self.source = source
        if checked || !source.isBuiltIn {
            let tokens: [TemplateToken]
            switch TemplateScanner.tokens(in: source.text, path: source.path) {
            case .success(let t): tokens = t
            case .failure(let problem): self.problem = problem; return
            }
            switch TemplateNode.tree(of: tokens, path: source.path) {
            case .success(let nodes): self.nodes = nodes
            case .failure(let problem): self.problem = problem; return
            }
        }
        do {
            if oracle || !source.isBuiltIn { template = try MustacheTemplate(string: source.text) }
            do {
                program = try InstructionParser.parse(source.text)
            } catch {
                // swift-mustache accepted it; the engine must too (EngineDifferentialTests).
                problem = TemplateProblem(path: source.path, line: 1, column: 1,
                    message: "the template cannot be read by Exhibit's renderer (at character \(error.offset))",
                    fix: "please report this template: swift-mustache reads it, Exhibit's renderer does not")
            }
        } catch let error as MustacheTemplate.ParserError {
            let (message, fix) = Self.explain(error.error)
            problem = TemplateProblem(path: source.path, line: error.context.lineNumber,
                column: error.context.columnNumber, message: "the template cannot be read: \(message)",
                fix: fix)
        } catch {
            problem = TemplateProblem(path: source.path, line: 1, column: 1,
                message: "the template cannot be read: \(error)")
        }
    }

    /// swift-mustache's reason in words, with what to do: its error names
    /// (`unfinishedName`) mean nothing to an editor. Exhibit's own reading catches most
    /// mistakes first, with their place (`TemplateScanner`, `TemplateNode`); these are
    /// the ones only swift-mustache finds.
    static func explain(_ error: any Error) -> (message: String, fix: String) {
        let manual = "(the rules: https://mustache.github.io/mustache.5.html)"
        guard let error = error as? MustacheTemplate.Error else { return ("\(error)", "check the tag at this place \(manual)") }
        switch error {
        case .sectionCloseNameIncorrect:
            return ("a section is closed with another name than it was opened with",
                    "close `{{#name}}` with `{{/name}}`, the same name")
        case .unfinishedName:
            return ("a tag is not closed where it should be",
                    "end the tag with `}}` (`}}}` after `{{{`), and keep its name to letters, digits, `_`, `-` and `.` \(manual)")
        case .expectedSectionEnd:
            return ("a section is never closed", "close each `{{#name}}` or `{{^name}}` with `{{/name}}`")
        case .invalidSetDelimiter:
            return ("a change of delimiters is not written as `{{=<% %>=}}`",
                    "give the two new delimiters between `=` signs, separated by a space")
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return ("inside `{{<parent}}` … `{{/parent}}` only blocks may be written",
                    "put the text and tags inside `{{$block}}` … `{{/block}}` sections \(manual)")
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return ("a `{{% … }}` pragma is not one Mustache knows", "the one pragma is `{{% CONTENT_TYPE: TEXT }}` (or `HTML`); remove any other")
        }
    }
}
