import ArgumentParser
import ExhibitCore
import Foundation

/// `exhibit build`: exit 0 on success (warnings printed), 1 on content errors, 2 on
/// usage errors (ArgumentParser's own code for those).
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")

    @Option(name: .long, help: "The site folder (with content/ and templates/).")
    var site: String = "."

    @Option(name: .shortAndLong, help: "The output folder (default: <site>/public).")
    var output: String?

    @Flag(help: "Also build cases and pages marked `draft: true`.")
    var drafts = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Threads for parsing and rendering (default: the number of cores).")
    var threads: Int?

    @Flag(help: "Print the time of each stage.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print no progress and no closing line; problems are still printed.")
    var quiet = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let siteURL = URL(fileURLWithPath: site, relativeTo: cwd).standardizedFileURL
        var options = BuildOptions(siteRoot: siteURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
        options.includeDrafts = drafts
        options.strict = strict
        if let threads {
            guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
            options.threads = threads
        }
        // Progress shows only for builds that take over a second (see ProgressDisplay).
        let display = quiet ? nil : ProgressDisplay.forStandardError()
        options.progress = display?.callback
        let report = Builder(options: options).build()
        display?.finish()
        Console.print(report.diagnostics)
        if verbose {
            for (name, seconds) in report.stages {
                Console.err("  \(name): \(String(format: "%.3f", seconds)) s")
            }
            if !report.templates.isEmpty {
                Console.err("  render+write by template (CPU seconds summed over threads: values, mustache, write):")
                for t in report.templates {
                    Console.err(String(format: "    %@: %d page(s), %.3f s (%.3f + %.3f + %.3f), %.2f ms a page",
                                       t.template, t.pages, t.total, t.context, t.render, t.write, t.total * 1000 / Double(max(1, t.pages))))
                }
            }
        }
        if report.succeeded {
            if quiet { return }
            print(String(format: "built %d pages (%d cases) into %@ with %d warning(s) in %.2f s",
                         report.pages, report.cases, displayPath(options.output, cwd: cwd), report.warnings, report.seconds))
        } else {
            let reason = report.errors > 0 ? "\(report.errors) error(s)" : "\(report.warnings) warning(s) with --strict"
            Console.err("build failed: \(reason); \(displayPath(options.output, cwd: cwd)) was left as it was")
            throw ExitCode(1)
        }
    }
}

func displayPath(_ url: URL, cwd: URL) -> String {
    let path = url.standardizedFileURL.path
    let base = cwd.standardizedFileURL.path
    if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
    return path
}
