import ExhibitText
import ExhibitCore
import Foundation

/// What `serve` prints: a line per rebuild on standard output, problems on standard error.
public struct ServeConsole: Sendable {
    public var say: @Sendable (String) -> Void
    public var complain: @Sendable (String) -> Void
    /// Also print the time of each stage of every rebuild.
    public var verbose: Bool
    /// Shows the progress of the first build (a large site takes a while); nil shows none.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// Called when the first build is done, to clear the progress line.
    public var progressDone: @Sendable () -> Void = {}

    public init(verbose: Bool = false, say: @escaping @Sendable (String) -> Void, complain: @escaping @Sendable (String) -> Void) {
        self.say = say
        self.complain = complain
        self.verbose = verbose
    }

    /// Standard output and standard error.
    public static func terminal(verbose: Bool) -> ServeConsole {
        ServeConsole(verbose: verbose,
                     // A changed file's name can hold control characters: shown escaped.
                     say: { line in FileHandle.standardOutput.write(Data((InvisibleCharacters.visible(line) + "\n").utf8)) },
                     complain: { line in FileHandle.standardError.write(Data((InvisibleCharacters.visible(line) + "\n").utf8)) })
    }

    /// Prints a build (`changed` nil) or a rebuild after `changed` (paths relative to
    /// the site): every error; the warnings of the first build and of the changed files.
    func report(_ report: BuildReport, changed: [String]?) {
        let touched = Set(changed ?? [])
        for diagnostic in report.diagnostics
        where diagnostic.severity == .error || changed == nil || touched.contains(diagnostic.path) {
            complain(diagnostic.description)
        }
        if verbose {
            complain(report.stages.map { "\($0.name) \(String(format: "%.1f", $0.seconds * 1000)) ms" }.joined(separator: ", "))
        }
        let time = Self.milliseconds(report.seconds)
        let what = changed.map { Self.summary($0) } ?? ""
        switch (changed, report.succeeded) {
        case (nil, true):
            say("built \(report.pages) pages (\(report.cases) cases) in \(time) ms" + warnings(report))
        case (nil, false):
            complain("the site has \(report.errors) error(s): fix them and it is served at once")
        case (_?, true):
            say("rebuilt in \(time) ms\(what)" + warnings(report))
        case (_?, false):
            complain("rebuild failed in \(time) ms\(what): \(report.errors) error(s); still serving the last good site")
        }
    }

    private func warnings(_ report: BuildReport) -> String {
        report.warnings == 0 ? "" : ", \(report.warnings) warning(s)"
    }

    static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }

    /// ` (content/cases/a.md)`, or ` (content/cases/a.md and 3 more)`.
    static func summary(_ paths: [String]) -> String {
        guard let first = paths.first else { return "" }
        return paths.count == 1 ? " (\(first))" : " (\(first) and \(paths.count - 1) more)"
    }
}
