import Dispatch
import Foundation
import Testing
import ExhibitMarkdown

/// cmark-gfm's parser mutates global state (`CMarkParsing`); rendering in parallel must
/// give the same bytes.
@Suite struct ConcurrencyTests {
    /// Results written from many threads; each slot by exactly one iteration.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var documents: [MarkdownDocument?]

        init(count: Int) { documents = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ document: MarkdownDocument) {
            lock.withLock { documents[index] = document }
        }

        var all: [MarkdownDocument?] { lock.withLock { documents } }
    }

    @Test(arguments: [false, true])
    func parallelRenderingMatchesSerial(unsafe: Bool) async {
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: unsafe, lineOffset: 3))
        let corpus = Corpus.documents
        let clock = ContinuousClock()

        var serial: [MarkdownDocument] = []
        let serialTime = clock.measure {
            serial = corpus.map { renderer.render($0) }
        }
        // The corpus really exercises the extensions whose parsing is not thread-safe.
        #expect(serial.contains { $0.html.string.contains("<del>旧</del>") })
        #expect(serial.contains { $0.html.string.contains("<a href=\"http://www.case1.cn\">") })

        for round in 0..<3 {
            let results = Results(count: corpus.count)
            let parallelTime = clock.measure {
                DispatchQueue.concurrentPerform(iterations: corpus.count) { index in
                    results.set(index, renderer.render(corpus[index]))
                }
            }
            let parallel = results.all
            for index in corpus.indices where parallel[index] != serial[index] {
                Issue.record("document \(index) differs in parallel round \(round)")
            }
            print("corpus of \(corpus.count) (unsafe: \(unsafe)): serial \(serialTime), parallel \(parallelTime)")
        }

        // Swift concurrency's pool too, as the core's build will use it.
        let fromTasks = await withTaskGroup(of: (Int, MarkdownDocument).self) { group in
            for (index, markdown) in corpus.enumerated() {
                group.addTask { (index, renderer.render(markdown)) }
            }
            var documents = [MarkdownDocument?](repeating: nil, count: corpus.count)
            for await (index, document) in group { documents[index] = document }
            return documents
        }
        #expect(fromTasks == serial.map { Optional($0) })
    }

    /// Parses run at once on every core, and each needs the characters the extensions add
    /// to cmark's process-wide table: long documents, so that one parse's inlines are read
    /// while others start and end. Each paragraph also has a link reference definition and
    /// a table, which cmark reads while it is fed, outside `CMarkParsing`'s lock. Without
    /// the lock around finishing, a parse that ended took `~`, `:` and `w` out from under
    /// the others, and struck text and bare links came out as text (this test failed in
    /// every run tried).
    @Test func extensionCharactersHoldWhileOtherParsesEnd() {
        let renderer = MarkdownRenderer(options: MarkdownOptions())
        let paragraphs = 400
        let markdown = (0..<paragraphs).map {
            "第 \($0) 段 ~~旧~~ 见 www.case\($0).cn 与 https://a.example/\($0) 和 [定义][r\($0)]。\n\n"
                + "[r\($0)]: https://r.example/\($0) \"题 \($0)\"\n\n| 甲 | 乙 |\n|--|--|\n| ~~\($0)~~ | www.t\($0).cn |"
        }.joined(separator: "\n\n")
        let serial = renderer.render(markdown)
        let count = 64
        let results = Results(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, renderer.render(markdown))
        }
        #expect(serial.html.string.components(separatedBy: "<del>").count - 1 == 2 * paragraphs)
        #expect(serial.html.string.components(separatedBy: "<a href=\"http://www.").count - 1 == 2 * paragraphs)
        #expect(serial.html.string.components(separatedBy: "<a href=\"https://a.example/").count - 1 == paragraphs)
        #expect(serial.html.string.components(separatedBy: "<a href=\"https://r.example/").count - 1 == paragraphs)
        #expect(serial.html.string.components(separatedBy: "<table").count - 1 == paragraphs)
        for (index, document) in results.all.enumerated() where document != serial {
            Issue.record("parse \(index) on many threads differs from the parse on one")
        }
    }
}
