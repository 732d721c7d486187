import ArgumentParser
import ExhibitCore
import Foundation

/// `exhibit build`: exit 0 on success (warnings printed), 1 on content errors, 2 on
/// usage errors (ArgumentParser's own code for those).
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var common: SiteOptions<Build>

    @Option(name: .shortAndLong, help: "The output folder (default: <site>/public).")
    var output: String?

    @Flag(help: "Build only the cases with `review: {by, on}`, listing the others (as `require_review: true` in site.yaml).")
    var reviewedOnly = false

    @Option(help: "Threads for parsing and rendering (default: the number of cores).")
    var threads: Int?

    func run() throws {
        let cwd = CommandLinePath.cwd
        var (options, display) = common.buildOptions(cwd: cwd, output: output)
        if let threads {
            guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
            options.threads = threads
        }
        options.reviewedOnly = reviewedOnly
        options.endsWithProcess = true
        let report = Builder(options: options).build()
        display?.finish()
        Console.print(report.diagnostics)
        common.printStages(report.stages, resident: report.resident)
        if common.verbose {
            if !report.templates.isEmpty {
                Console.err("  render+write by template (CPU seconds summed over threads: values, template, write):")
                for t in report.templates {
                    if t.isSiteFile {
                        Console.err(String(format: "    %@ (site-wide): %.3f s (%.3f + %.3f write)", t.template, t.total, t.context, t.write))
                        continue
                    }
                    Console.err(String(format: "    %@: %d page(s), %.3f s (%.3f + %.3f + %.3f), %.2f ms a page",
                                       t.template, t.pages, t.total, t.context, t.render, t.write, t.total * 1000 / Double(max(1, t.pages))))
                }
            }
        }
        if report.leftOutForReview, !report.awaitingReview.isEmpty {
            // On standard error with the other messages: it names files the editor acts on.
            Console.err("left out \(report.awaitingReview.count) case(s) awaiting review (no `review: {by, on}`):")
            for path in report.awaitingReview { Console.err("  \(path)") }
        }
        if report.succeeded {
            if common.quiet { return }
            print(String(format: "built %d pages (%d cases) into %@ with %d warning(s) in %.2f s",
                         report.pages, report.cases, displayPath(options.output, cwd: cwd), report.warnings, report.seconds))
        } else {
            let reason = report.errors > 0 ? "\(report.errors) error(s)" : "\(report.warnings) warning(s) with --strict"
            Console.err("build failed: \(reason); \(displayPath(options.output, cwd: cwd)) was left as it was")
            throw ExitCode(1)
        }
    }
}

extension Build: SiteOptionsHelp {
    static let drafts = "Also build cases and pages marked `draft: true`."
    static let strict = "Treat warnings as errors."
    static let verbose = "Print the time of each stage."
    static let quiet = "Print no progress and no closing line; problems are still printed."
}

func displayPath(_ url: URL, cwd: URL) -> String {
    let path = url.standardizedFileURL.path
    let base = cwd.standardizedFileURL.path
    if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
    return path
}
