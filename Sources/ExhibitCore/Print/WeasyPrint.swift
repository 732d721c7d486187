import Foundation
import Synchronization

/// The WeasyPrint that `exhibit print` runs: found through `EXHIBIT_WEASYPRINT` (a path
/// to the `weasyprint` command) or on PATH, and run through the Python it was installed
/// with (the `#!` line of that command).
///
/// Why not its command line: `weasyprint in.html out.pdf` renders one document per
/// process, loading Python, Pango and every font again each time (over a second before
/// the first page), and does not say how many pages it made. A few lines of Python that
/// keep one process per worker and print a JSON line per document do both.
public struct WeasyPrint: Sendable {
    /// The `weasyprint` command found.
    public let command: URL
    /// The Python to run the driver with.
    let python: String

    /// What to install, said when WeasyPrint is missing.
    public static let installHint = """
        install WeasyPrint (version 57 or later): `sudo apt-get install weasyprint fonts-noto-cjk` on Debian or Ubuntu, \
        or `python3 -m pip install weasyprint` (https://doc.courtbouillon.org/weasyprint/stable/first_steps.html); \
        then run `exhibit print` again. If it is installed somewhere not on PATH, set EXHIBIT_WEASYPRINT to its `weasyprint` command
        """

    /// The WeasyPrint of this environment, or nil when there is none.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> WeasyPrint? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let given = environment["EXHIBIT_WEASYPRINT"], !given.isEmpty { candidates.append(given) }
        else {
            for directory in (environment["PATH"] ?? "").split(separator: ":") where !directory.isEmpty {
                candidates.append(directory + "/weasyprint")
            }
        }
        for path in candidates where fm.isExecutableFile(atPath: path) {
            let url = URL(fileURLWithPath: path)
            guard let python = interpreter(of: url, path: environment["PATH"] ?? "") else { continue }
            return WeasyPrint(command: url, python: python)
        }
        return nil
    }

    /// The interpreter a Python console script names on its `#!` line (pip writes the
    /// venv's python, Debian `/usr/bin/python3`); `/usr/bin/env python3` is looked up on PATH.
    static func interpreter(of script: URL, path: String) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: script) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 512), let text = String(data: head, encoding: .utf8),
              text.hasPrefix("#!"), let first = text.split(separator: "\n").first else { return nil }
        let words = first.dropFirst(2).split(separator: " ").map(String.init)
        guard let program = words.first else { return nil }
        if program.hasSuffix("/env"), let name = words.dropFirst().first(where: { !$0.hasPrefix("-") }) {
            for directory in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
            return nil
        }
        return program.contains("python") ? program : nil
    }

    /// One document printed: its page count, or what went wrong.
    public struct Outcome: Sendable {
        public var pdf: String
        public var pages: Int
        public var seconds: Double
        /// The CPU time WeasyPrint took for it (its wall time grows when documents share cores).
        public var cpuSeconds: Double = 0
        /// WeasyPrint's own errors (an image it could not read): the PDF is made without it.
        public var messages: [String]
        public var failure: String?
    }

    /// Prints documents in one Python process, taking the next `(html, pdf)` from `next`
    /// each time it is free (so that workers share a queue: a long booklet volume on one
    /// does not leave the other idle), calling `done` after each; the outcomes of documents
    /// taken but not printed say why the process stopped.
    func run(next: () -> (html: URL, pdf: URL)?, done: @Sendable (Outcome) -> Void) -> [Outcome] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", Self.driver]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        var taken: [URL] = []
        let failed = { (why: String, jobs: [URL]) in jobs.map { Outcome(pdf: $0.path, pages: 0, seconds: 0, messages: [], failure: why) } }
        do { try process.run() } catch {
            var jobs: [URL] = []
            while let job = next() { jobs.append(job.pdf) }
            return failed("cannot run \(python): \(error.localizedDescription)", jobs)
        }
        // Standard error is read on its own thread, so that a talkative WeasyPrint never
        // fills the pipe and stops while we wait for its next line of output.
        let stderrText = Mutex(""), drained = DispatchGroup()
        let errorHandle = errors.fileHandleForReading
        DispatchQueue.global().async(group: drained) {
            let text = String(decoding: errorHandle.readDataToEndOfFile(), as: UTF8.self)
            stderrText.withLock { $0 = text }
        }
        // One job at a time: the next is asked for when the last is answered.
        func give() {
            guard let job = next() else { try? input.fileHandleForWriting.close(); return }
            taken.append(job.pdf)
            let line = (try? JSONSerialization.data(withJSONObject: ["html": job.html.path, "pdf": job.pdf.path])) ?? Data()
            // Writing to a process that died is EPIPE (`exhibit print` ignores SIGPIPE).
            try? input.fileHandleForWriting.write(contentsOf: line + Data("\n".utf8))
        }
        give()
        var outcomes: [Outcome] = []
        var buffer = Data()
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[buffer.index(after: newline)...])
                guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any], let pdf = object["pdf"] as? String else { continue }
                let outcome = Outcome(pdf: pdf, pages: object["pages"] as? Int ?? 0, seconds: object["seconds"] as? Double ?? 0,
                                      cpuSeconds: object["cpu"] as? Double ?? 0,
                                      messages: object["messages"] as? [String] ?? [], failure: object["error"] as? String)
                outcomes.append(outcome)
                done(outcome)
                give()
            }
        }
        process.waitUntilExit()
        drained.wait()
        if outcomes.count < taken.count {
            let text = stderrText.withLock { $0 }.split(separator: "\n").suffix(3).joined(separator: " / ")
            let why = "WeasyPrint (\(python)) stopped with status \(process.terminationStatus)" + (text.isEmpty ? "" : ": \(text)")
            outcomes += failed(why, Array(taken.dropFirst(outcomes.count)))
        }
        return outcomes
    }

    /// Reads `{"html", "pdf"}` lines, prints each with WeasyPrint and answers with a line
    /// `{"pdf", "pages", "seconds", "messages"}` (or `"error"`). Only files given are read:
    /// the url fetcher refuses anything but `file:` and `data:` URLs, so a page never
    /// reaches the network.
    static let driver = #"""
import json, logging, sys, time
import weasyprint
messages = []
class Collect(logging.Handler):
    def emit(self, record):
        messages.append(record.getMessage())
logging.getLogger("weasyprint").addHandler(Collect(level=logging.ERROR))
logging.getLogger("weasyprint").propagate = False
if hasattr(weasyprint, "URLFetcher"):  # newer WeasyPrint (70): a class; older: a function
    fetch = weasyprint.URLFetcher(allowed_protocols={"file", "data"})
else:
    def fetch(url, *args, **kwargs):
        if not (url.startswith("file:") or url.startswith("data:")):
            raise ValueError("not fetched (exhibit print never uses the network): " + url)
        return weasyprint.default_url_fetcher(url, *args, **kwargs)
for line in sys.stdin:
    if not line.strip():
        continue
    job = json.loads(line)
    del messages[:]
    start, cpu = time.time(), time.process_time()
    try:
        document = weasyprint.HTML(filename=job["html"], url_fetcher=fetch).render()
        document.write_pdf(job["pdf"])
        answer = {"pdf": job["pdf"], "pages": len(document.pages), "seconds": time.time() - start, "cpu": time.process_time() - cpu, "messages": list(messages)}
    except Exception as error:
        answer = {"pdf": job["pdf"], "error": "%s: %s" % (type(error).__name__, error)}
    print(json.dumps(answer), flush=True)
"""#
}
