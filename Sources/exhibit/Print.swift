import ArgumentParser
import ExhibitCore
import Foundation

/// `exhibit print`: the booklet, boards and labels as PDFs in `print/` beside the output
/// folder. Exit 0 on success, 1 when WeasyPrint is missing, on content errors or when a
/// document could not be printed (the previous `print/` is then left as it was).
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the booklet, the exhibition boards and the object labels as PDFs into print/ beside the output folder.")

    @OptionGroup var common: SiteOptions<Print>

    @Option(name: .shortAndLong, help: "The output folder of the site (default: <site>/public); the PDFs go to print/ beside it.")
    var output: String?

    @Option(help: "Documents printed at once, and threads for the pipeline (default: the number of cores).")
    var threads: Int?

    func run() throws {
        let cwd = CommandLinePath.cwd
        guard let weasyPrint = WeasyPrint.find() else {
            Console.err("error: exhibit print needs WeasyPrint, which was not found on PATH")
            Console.err("  fix: \(WeasyPrint.installHint)")
            throw ExitCode(1)
        }
        var (options, progressLine) = common.buildOptions(cwd: cwd, output: output)
        let display = progressLine
        if let threads {
            guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
            options.threads = threads
        }
        // A WeasyPrint process that dies while it is given its next document must be an
        // error for that document, not a SIGPIPE that kills exhibit mid-print.
        signal(SIGPIPE, SIG_IGN)
        var printer = Printer(options: options, weasyPrint: weasyPrint)
        let quiet = common.quiet, verbose = common.verbose
        printer.progress = { document, done, total in
            display?.finish()
            guard !quiet else { return }
            // With --verbose, WeasyPrint's CPU time too: documents printed at once share cores.
            let cpu = verbose ? String(format: " (%.1f s CPU)", document.cpuSeconds) : ""
            Console.err(String(format: "[%d/%d] %@: %d page(s), %@, %.1f s", done, total, document.path, document.pages,
                               Self.size(document.bytes), document.seconds) + cpu)
        }
        if common.verbose { Console.err("WeasyPrint: \(weasyPrint.command.path)") }
        let report = printer.print()
        display?.finish()
        Console.print(report.diagnostics)
        let folder = displayPath(report.folder, cwd: cwd)
        guard report.succeeded else {
            let reason = report.errors > 0 ? "\(report.errors) error(s)" : "\(report.warnings) warning(s) with --strict"
            Console.err("print failed: \(reason); \(folder) was left as it was")
            throw ExitCode(1)
        }
        guard !quiet else { return }
        let booklets = report.documents.filter { $0.path.hasPrefix("booklet") }
        let boards = report.documents.filter { $0.path.hasPrefix("boards/") }
        let labels = report.documents.filter { $0.path.hasPrefix("labels") }
        func sum(_ documents: [PrintReport.Document]) -> String {
            "\(documents.map(\.pages).reduce(0, +)) pages, \(Self.size(documents.map(\.bytes).reduce(0, +)))"
        }
        print("printed \(report.cases) cases into \(folder)/ in \(String(format: "%.1f", report.seconds)) s with \(report.warnings) warning(s):")
        print("  \(booklets.count == 1 ? "booklet.pdf" : "booklet-1…\(booklets.count).pdf (\(booklets.count) volumes)"): \(sum(booklets))")
        print("  boards/: \(boards.count) files, \(sum(boards))")
        print("  labels.pdf: \(sum(labels))")
        print("the next `exhibit build` publishes the booklet under print/ and links it from /booklet/")
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.0f KB", Double(bytes) / 1024)
    }
}

extension Print: SiteOptionsHelp {
    static let drafts = "Also print cases marked `draft: true`."
    static let strict = "Treat warnings as errors (a photo too small for a board stops the print)."
    static let verbose = "Print which WeasyPrint runs, and its CPU time for each document."
    static let quiet = "Print no progress and no closing line; problems are still printed."
}
