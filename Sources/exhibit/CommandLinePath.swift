import ArgumentParser
import Foundation

/// Paths given on the command line, read from the working directory.
enum CommandLinePath {
    static var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    static func url(_ path: String, cwd: URL) -> URL {
        URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
    }
}

/// `--site` of the commands that read or write only content/: `new case`, `new sheet`,
/// `import` and `export` (`build`, `check` and `serve` also read templates/).
struct SiteFolderOption: ParsableArguments {
    @Option(name: .long, help: "The site folder (with content/).")
    var site: String = "."

    func root(cwd: URL) -> URL { CommandLinePath.url(site, cwd: cwd) }
}
