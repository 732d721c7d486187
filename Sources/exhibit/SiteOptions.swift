import ArgumentParser
import ExhibitCore
import Foundation

/// The help of the options `build` and `check` share, which each command words for
/// itself ("Also build cases…", "Also check cases…").
protocol SiteOptionsHelp {
    static var drafts: String { get }
    static var strict: String { get }
    static var verbose: String { get }
    static var quiet: String { get }
}

/// The options of `build` and `check`: which site, drafts or not, warnings as errors,
/// and how much to print. Generic over the help, so that one set of options serves both
/// commands while each `--help` keeps its own words.
struct SiteOptions<Help: SiteOptionsHelp>: ParsableArguments {
    @Option(name: .long, help: "The site folder (with content/ and templates/).")
    var site: String = "."

    @Flag(help: ArgumentHelp(Help.drafts))
    var drafts = false

    @Flag(help: ArgumentHelp(Help.strict))
    var strict = false

    @Flag(help: ArgumentHelp(Help.verbose))
    var verbose = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(Help.quiet))
    var quiet = false

    /// The build options these say (the site and `output` read from `cwd`), with progress
    /// on standard error unless --quiet; `finish()` the display when the run is over.
    func buildOptions(cwd: URL, output: String? = nil) -> (BuildOptions, ProgressDisplay?) {
        let siteURL = CommandLinePath.url(site, cwd: cwd)
        var options = BuildOptions(siteRoot: siteURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
        options.includeDrafts = drafts
        options.strict = strict
        // Progress shows only for runs that take over a second (see ProgressDisplay).
        let display = quiet ? nil : ProgressDisplay.forStandardError()
        options.progress = display?.callback
        return (options, display)
    }

    /// With --verbose, the time of each stage on standard error.
    /// `resident` is the memory at the end of each stage, when known.
    func printStages(_ stages: [(name: String, seconds: Double)], resident: [String: Int] = [:]) {
        guard verbose else { return }
        func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }
        for (name, seconds) in stages {
            let memory = resident[name].flatMap { $0 > 0 ? ", \(megabytes($0)) resident" : nil } ?? ""
            Console.err("  \(name): \(String(format: "%.3f", seconds)) s\(memory)")
        }
        if ResidentMemory.peak > 0 { Console.err("  peak memory: \(megabytes(ResidentMemory.peak))") }
    }
}
