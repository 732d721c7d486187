import Dispatch
import Foundation
import Testing
import ExhibitMarkdown

/// cmark-gfm's parser mutates global state; rendering in parallel must give the same bytes.
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
        #expect(serial.contains { $0.html.contains("<del>旧</del>") })
        #expect(serial.contains { $0.html.contains("<a href=\"http://www.case1.cn\">") })

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
}
