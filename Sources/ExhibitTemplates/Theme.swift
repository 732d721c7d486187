import ExhibitText
import Mustache

/// A theme's templates, parsed and checked, ready to render pages in parallel.
///
/// Pages are rendered by the project's own engine (`InstructionParser`, `RenderSession`):
/// swift-mustache spent most of its time in protocol casts, `Mirror` and escaping one
/// `Character` at a time, a third of a build. swift-mustache stays for what it does
/// well: it decides whether a template is valid Mustache (and says where it is not), and
/// it is the oracle the engine's output is compared with (`renderWithSwiftMustache`).
public struct Theme: Sendable {
    private let library: MustacheLibrary
    private let program: Program
    /// Which renders pages: Exhibit's engine, or swift-mustache (the oracle; tests build
    /// whole sites with both and compare every byte).
    public var engine = Engine.exhibit
    public enum Engine: Sendable { case exhibit, swiftMustache }
    private let trees: [String: TemplateTree]
    public let names: Set<String>

    struct TemplateTree: @unchecked Sendable {
        // The tree is immutable after init; it holds only tokens and arrays of them.
        let source: TemplateSource
        let nodes: [TemplateNode]
    }

    /// Parses every template; all problems are reported together, in the order of
    /// `sources`.
    public init(sources: [TemplateSource]) throws(TemplateErrors) {
        try self.init(readings: sources.map { TemplateReading($0) })
    }

    /// The theme of templates already read (`ThemeStage` reads them on all threads); all
    /// problems are reported together, in the order of `readings`.
    public init(readings: [TemplateReading]) throws(TemplateErrors) {
        var library = MustacheLibrary()
        var trees: [String: TemplateTree] = [:]
        var programs: [String: [Instruction]] = [:]
        var problems: [TemplateProblem] = []
        for read in readings {
            let name = read.source.name
            if let problem = read.problem { problems.append(problem) }
            if let nodes = read.nodes { trees[name] = TemplateTree(source: read.source, nodes: nodes) }
            if let template = read.template { library.register(template, named: name) }
            if let program = read.program { programs[name] = program }
        }
        problems += TemplateGraph.problems(of: trees.mapValues { ($0.source, $0.nodes) })
        if !problems.isEmpty { throw TemplateErrors(problems: problems) }
        self.library = library
        self.program = Program(programs)
        self.trees = trees
        self.names = Set(readings.map(\.source.name))
    }

    /// Checks the names `template` (and the partials and parents it uses) asks of a page
    /// against `specimen`, a context of that page kind with every value present. Not for
    /// a theme of templates read unchecked (`TemplateReading(checked: false)`), which
    /// have no trees to walk.
    /// `page` names the page kind in messages ("case page").
    public func check(_ template: String, specimen: [String: Any], page: String) -> [TemplateProblem] {
        var checker = TemplateChecker(templates: trees.mapValues { ($0.source, $0.nodes) })
        checker.check(template, specimen: specimen, page: page)
        var seen = Set<String>()
        return checker.problems.filter { seen.insert("\($0.path):\($0.line):\($0.column)").inserted }
    }

    /// Renders `template` with `context` (a dictionary or a `TemplateRecord` of the page's
    /// values); nil if there is no such template.
    public func render(_ template: String, context: Any) -> String? {
        if engine == .swiftMustache { return renderWithSwiftMustache(template, context: context) }
        return renderBytes(template, context: context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 of `render`: a page goes to its file without becoming a `String`.
    public func renderBytes(_ template: String, context: Any) -> [UInt8]? {
        var bytes: [UInt8] = []
        return renderStream(template, context: context) { bytes.append(contentsOf: $0) } ? bytes : nil
    }

    /// Renders `template` into `chunk`, a piece at a time for a long page (a megabyte
    /// or more between two items of a list); false if there is no such template.
    public func renderStream(_ template: String, context: Any, chunk: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        if engine == .swiftMustache {
            guard let text = renderWithSwiftMustache(template, context: context) else { return false }
            text.withBytes(chunk)
            return true
        }
        guard let steps = program.steps(of: template) else { return false }
        return withoutActuallyEscaping(chunk) { chunk in
            var session = RenderSession(root: context, program: program, capacity: 32 * 1024)
            defer { session.out.deallocate() }
            session.flush = chunk
            session.render(steps, RenderSession.Frame())
            session.out.withBytes(chunk)
            return true
        }
    }

    /// Renders `template` with swift-mustache: the oracle of the engine's tests.
    public func renderWithSwiftMustache(_ template: String, context: Any) -> String? {
        library.render(TemplateLazyList.materialized(context), withTemplate: template)
    }
}

/// Every problem found while loading a theme.
public struct TemplateErrors: Error, Sendable {
    public var problems: [TemplateProblem]
}
