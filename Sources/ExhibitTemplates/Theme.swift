import Dispatch
import Mustache
import Synchronization

/// A theme's templates, parsed and checked, ready to render pages in parallel.
///
/// Pages are rendered by the project's own engine (`InstructionParser`, `RenderSession`):
/// swift-mustache spent most of its time in protocol casts, `Mirror` and escaping one
/// `Character` at a time, a third of a build. swift-mustache stays for what it does
/// well: it decides whether a template is valid Mustache (and says where it is not), and
/// it is the oracle the engine's output is compared with (`renderWithSwiftMustache`).
public struct Theme: Sendable {
    private let library: MustacheLibrary
    private let programs: [String: [Instruction]]
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

    /// Parses every template, on up to `threads` threads; all problems are reported
    /// together, in the order of `sources`.
    public init(sources: [TemplateSource], threads: Int = 1) throws(TemplateErrors) {
        var library = MustacheLibrary()
        var trees: [String: TemplateTree] = [:]
        var programs: [String: [Instruction]] = [:]
        var problems: [TemplateProblem] = []
        for (source, read) in zip(sources, Self.read(sources, threads: threads)) {
            if let problem = read.problem { problems.append(problem) }
            if let tree = read.tree { trees[source.name] = tree }
            if let template = read.template { library.register(template, named: source.name) }
            if let program = read.program { programs[source.name] = program }
        }
        problems += TemplateGraph.problems(of: trees.mapValues { ($0.source, $0.nodes) })
        if !problems.isEmpty { throw TemplateErrors(problems: problems) }
        self.library = library
        self.programs = programs
        self.trees = trees
        self.names = Set(trees.keys)
    }

    /// One template as each reader reads it, and its first problem.
    private struct Reading: @unchecked Sendable {
        // Written by one thread, read after all have finished; immutable values only.
        var tree: TemplateTree?
        var template: MustacheTemplate?
        var program: [Instruction]?
        var problem: TemplateProblem?
    }

    /// Every template read on `threads` threads: each is read three times (the checker's
    /// tree, swift-mustache, the engine), 20 ms of one thread for the built-in theme, which
    /// every build waited for.
    private static func read(_ sources: [TemplateSource], threads: Int) -> [Reading] {
        let readings = Mutex([Reading](repeating: Reading(), count: sources.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(sources.count, threads))) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < sources.count else { return }
                let reading = read(sources[i])
                readings.withLock { $0[i] = reading }
            }
        }
        return readings.withLock { $0 }
    }

    private static func read(_ source: TemplateSource) -> Reading {
        var reading = Reading()
        let tokens: [TemplateToken]
        switch TemplateScanner.tokens(in: source.text, path: source.path) {
        case .success(let t): tokens = t
        case .failure(let problem): reading.problem = problem; return reading
        }
        switch TemplateNode.tree(of: tokens, path: source.path) {
        case .success(let nodes): reading.tree = TemplateTree(source: source, nodes: nodes)
        case .failure(let problem): reading.problem = problem; return reading
        }
        do {
            reading.template = try MustacheTemplate(string: source.text)
            do {
                reading.program = try InstructionParser.parse(source.text)
            } catch {
                // swift-mustache accepted it; the engine must too (EngineDifferentialTests).
                reading.problem = TemplateProblem(path: source.path, line: 1, column: 1,
                    message: "the template cannot be read by Exhibit's renderer (at character \(error.offset))",
                    fix: "please report this template: swift-mustache reads it, Exhibit's renderer does not")
            }
        } catch let error as MustacheTemplate.ParserError {
            reading.problem = TemplateProblem(path: source.path, line: error.context.lineNumber,
                column: error.context.columnNumber, message: "the template cannot be read: \(error.error)",
                fix: "check the tag at this place against https://mustache.github.io/mustache.5.html")
        } catch {
            reading.problem = TemplateProblem(path: source.path, line: 1, column: 1,
                message: "the template cannot be read: \(error)")
        }
        return reading
    }

    /// Checks the names `template` (and the partials and parents it uses) asks of a page
    /// against `specimen`, a context of that page kind with every value present.
    /// `page` names the page kind in messages ("case page").
    public func check(_ template: String, specimen: [String: Any], page: String) -> [TemplateProblem] {
        var checker = TemplateChecker(templates: trees.mapValues { ($0.source, $0.nodes) })
        checker.check(template, specimen: specimen, page: page)
        var seen = Set<String>()
        return checker.problems.filter { seen.insert("\($0.path):\($0.line):\($0.column)").inserted }
    }

    /// Renders `template` with `context`; nil if there is no such template.
    public func render(_ template: String, context: [String: Any]) -> String? {
        if engine == .swiftMustache { return renderWithSwiftMustache(template, context: context) }
        return renderBytes(template, context: context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 of `render`: a page goes to its file without becoming a `String`.
    public func renderBytes(_ template: String, context: [String: Any]) -> [UInt8]? {
        var bytes: [UInt8] = []
        return renderStream(template, context: context) { bytes += $0 } ? bytes : nil
    }

    /// Renders `template` into `chunk`, a piece at a time for a long page (a megabyte
    /// or more between two items of a list); false if there is no such template.
    public func renderStream(_ template: String, context: [String: Any], chunk: ([UInt8]) -> Void) -> Bool {
        if engine == .swiftMustache {
            guard let text = renderWithSwiftMustache(template, context: context) else { return false }
            chunk(Array(text.utf8))
            return true
        }
        guard let program = programs[template] else { return false }
        return withoutActuallyEscaping(chunk) { chunk in
            var session = RenderSession(root: context, templates: programs, capacity: 32 * 1024)
            session.flush = chunk
            session.render(program, RenderSession.Frame())
            chunk(session.out)
            return true
        }
    }

    /// Renders `template` with swift-mustache: the oracle of the engine's tests.
    public func renderWithSwiftMustache(_ template: String, context: [String: Any]) -> String? {
        library.render(TemplateLazyList.materialized(context), withTemplate: template)
    }
}

/// Every problem found while loading a theme.
public struct TemplateErrors: Error, Sendable {
    public var problems: [TemplateProblem]
}
