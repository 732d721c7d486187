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

    @Flag(help: "Print the time of each stage.")
    var verbose = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let siteURL = URL(fileURLWithPath: site, relativeTo: cwd).standardizedFileURL
        var options = BuildOptions(siteRoot: siteURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
        options.includeDrafts = drafts
        options.strict = strict
        let report = Builder(options: options).build()
        Console.print(report.diagnostics)
        if verbose {
            for (name, seconds) in report.stages {
                Console.err("  \(name): \(String(format: "%.3f", seconds)) s")
            }
        }
        if report.succeeded {
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
