import ExhibitTemplates
import Foundation
import Synchronization

/// `exhibit print`: the same pipeline as `build`, then the print templates rendered to
/// HTML in a staging folder and printed by WeasyPrint, one Python process per core; the
/// new `print/` replaces the old one only when every document was printed, as `build`
/// swaps `public/`.
public struct Printer: Sendable {
    public let options: BuildOptions
    public let weasyPrint: WeasyPrint
    /// Called after each document, from any thread.
    public var progress: (@Sendable (PrintReport.Document, _ done: Int, _ total: Int) -> Void)?

    public init(options: BuildOptions, weasyPrint: WeasyPrint) {
        self.options = options
        self.weasyPrint = weasyPrint
    }

    /// `print/` beside the output folder.
    public static func folder(for output: URL) -> URL {
        output.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("print")
    }

    public func print() -> PrintReport {
        let start = Date()
        var report = PrintReport(folder: Self.folder(for: options.output))
        var folder = OutputFolder(url: report.folder, siteRoot: options.siteRoot)
        folder.markers = ["booklet.pdf", "booklet-1.pdf", "labels.pdf", "boards"]
        folder.markerName = "booklet.pdf or labels.pdf"
        folder.kind = "the PDFs of `exhibit print`"
        // The kept previous output is the site's (`exhibit build`): the PDFs are made anew.
        folder.keepsPrevious = false
        if let refusal = folder.refusal() {
            report.diagnostics = [refusal]
            return report
        }
        let session = SiteSession(options: options)
        let built = session.update()
        report.diagnostics = built.diagnostics
        report.cases = built.cases
        guard built.succeeded, let snapshot = session.current.withLock({ $0 }) else { return report }
        let plan = PrintPlan(context: PrintContext(renderer: snapshot.renderer))
        let warnings = plan.resolutionWarnings()
        report.diagnostics += warnings
        if options.strict && !warnings.isEmpty { return report }

        report.diagnostics += folder.removeLeftovers()
        let createdParents: [URL]
        do { createdParents = try folder.makeStaging() } catch {
            report.diagnostics.append(.error(folder.stagingURL.path, "cannot create the staging folder: \(error.localizedDescription)",
                                             fix: "the folder that holds the output must be writable: change its permissions or choose another --output"))
            return report
        }
        let problems = printAll(plan.documents, into: folder.stagingURL, theme: snapshot.renderer.theme.theme, report: &report)
        report.diagnostics += problems
        report.succeeded = !problems.contains { $0.severity == .error }
        if report.succeeded {
            do {
                if let warning = try folder.swapIn() { report.diagnostics.append(warning) }
            } catch {
                report.diagnostics.append(.error(report.folder.path, "cannot replace the print folder: \(error.localizedDescription)"))
                report.succeeded = false
            }
        }
        if !report.succeeded { folder.discard(createdParents: createdParents) }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// Renders each document's HTML into `staging/.html/` and prints it beside; the
    /// HTML is removed once every PDF is made. Returns the problems.
    private func printAll(_ documents: [PrintPlan.Document], into staging: URL, theme: Theme, report: inout PrintReport) -> [Diagnostic] {
        let fm = FileManager.default
        let sources = staging.appendingPathComponent(".html")
        var jobs: [(html: URL, pdf: URL)] = []
        var problems: [Diagnostic] = []
        do {
            try fm.createDirectory(at: sources, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging.appendingPathComponent("boards"), withIntermediateDirectories: true)
        } catch {
            return [.error(staging.path, "cannot write the print folder: \(error.localizedDescription)")]
        }
        let stagingPath = staging.path
        @Sendable func job(_ document: PrintPlan.Document) -> (html: URL, pdf: URL) {
            (sources.appendingPathComponent(document.output.replacingOccurrences(of: "/", with: "--") + ".html"),
             staging.appendingPathComponent(document.output))
        }
        // Two phases. The booklet's volumes first, each in its own WeasyPrint when there
        // are at most four times as many as cores (and memory for them: a 200-case volume
        // takes 1.3 GB): 5 volumes of a 1,000-case site on 2 cores, shared by 2 workers, end
        // with one worker printing a third volume alone; 5 at once end together. Then boards
        // and labels, one worker per core. Each phase renders its HTML first, on every core
        // (quick next to printing it), so that the booklet does not wait for a thousand
        // boards' HTML.
        let cores = max(1, options.threads)
        let isBooklet = { (document: PrintPlan.Document) in document.output.hasPrefix("booklet") }
        let booklets = documents.filter(isBooklet), others = documents.filter { !isBooklet($0) }
        let fitInMemory = max(1, Int(ProcessInfo.processInfo.physicalMemory / 2 / 1_500_000_000))
        let bookletWorkers = booklets.count <= 4 * cores ? max(cores, min(booklets.count, fitInMemory)) : cores
        let done = Atomic<Int>(0)
        let total = documents.count
        let progress = self.progress
        var outcomes: [WeasyPrint.Outcome] = []
        for (phase, workers) in [(booklets, bookletWorkers), (others, cores)] where !phase.isEmpty {
            let rendered = parallelMap(phase.count, threads: options.threads) { i -> String? in
                let document = phase[i]
                let context = TemplateEncoder.encode(document.values())
                guard let bytes = theme.renderBytes(document.template, context: context) else { return "the template \(document.template) gave nothing" }
                do { try Data(bytes).write(to: job(document).html) } catch { return "cannot write \(job(document).html.path): \(error.localizedDescription)" }
                return nil
            }
            for (i, failure) in rendered.enumerated() {
                if let failure { problems.append(.error(phase[i].output, failure)) }
            }
            guard problems.isEmpty else { return problems }
            jobs += phase.map(job)
            outcomes += Self.print(phase.map(job), workers: min(workers, phase.count), with: weasyPrint) { outcome in
                let n = done.add(1, ordering: .relaxed).newValue
                guard outcome.failure == nil else { return }
                progress?(Self.document(outcome, staging: stagingPath), n, total)
            }
            // A booklet that failed fails the print: the boards would be printed for nothing.
            if outcomes.contains(where: { $0.failure != nil }) { break }
        }
        let answered = Set(outcomes.map(\.pdf))
        for job in jobs where !answered.contains(job.pdf.path) {
            problems.append(.error(String(job.pdf.path.dropFirst(stagingPath.count + 1)), "not printed: every WeasyPrint process stopped before it",
                                   fix: "see the errors above; the previous print/ was left as it was"))
        }
        for outcome in outcomes {
            let path = String(outcome.pdf.dropFirst(stagingPath.count + 1))
            if let failure = outcome.failure {
                problems.append(.error(path, "WeasyPrint could not print this document: \(failure)",
                                       fix: "the previous print/ was left as it was; run with --verbose, or check that WeasyPrint works: `weasyprint --info`"))
                continue
            }
            for message in Set(outcome.messages).sorted() {
                problems.append(.warning(path, "WeasyPrint: \(message)"))
            }
            report.documents.append(Self.document(outcome, staging: stagingPath))
        }
        report.documents.sort { Self.order($0.path) < Self.order($1.path) }
        try? fm.removeItem(at: sources)
        return problems
    }

    /// Prints `jobs` with `workers` WeasyPrint processes sharing one queue, each on its own
    /// thread (a process waits on its pipe, so more workers than cores is no spinning). A
    /// worker that dies leaves the rest of the queue to the others; the document it had
    /// taken is reported as failed.
    private static func print(_ jobs: [(html: URL, pdf: URL)], workers: Int, with weasyPrint: WeasyPrint,
                              done: @escaping @Sendable (WeasyPrint.Outcome) -> Void) -> [WeasyPrint.Outcome] {
        let queue = Atomic<Int>(0)
        let results = Mutex<[WeasyPrint.Outcome]>([])
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            Thread {
                let outcomes = weasyPrint.run(next: {
                    let i = queue.add(1, ordering: .relaxed).oldValue
                    return i < jobs.count ? jobs[i] : nil
                }, done: done)
                results.withLock { $0 += outcomes }
                group.leave()
            }.start()
        }
        group.wait()
        return results.withLock { $0 }
    }

    private static func document(_ outcome: WeasyPrint.Outcome, staging: String) -> PrintReport.Document {
        let size = (try? FileManager.default.attributesOfItem(atPath: outcome.pdf)[.size] as? Int) ?? 0
        return PrintReport.Document(path: String(outcome.pdf.dropFirst(staging.count + 1)), pages: outcome.pages,
                                    bytes: size, seconds: outcome.seconds, cpuSeconds: outcome.cpuSeconds)
    }

    /// Booklets, then labels, then boards, each by name.
    private static func order(_ path: String) -> String {
        (path.hasPrefix("booklet") ? "0" : path.hasPrefix("labels") ? "1" : "2") + path
    }
}
