import ArgumentParser
import Foundation

@main
struct Exhibit: ParsableCommand {
    // Every command names itself (`commandName`): ArgumentParser otherwise derives the
    // name from the type's name through `String(describing:)`, whose first dynamic casts
    // search the whole binary's conformances, 1.5 ms of every run.
    static let configuration = CommandConfiguration(
        commandName: "exhibit",
        abstract: "Builds an exhibition of achievements from content/ and templates/ into public/.",
        version: "0.1.0",
        subcommands: [Build.self, Serve.self, Check.self, Print.self, New.self, Import.self, Export.self]
    )

    /// ArgumentParser exits 64 (EX_USAGE) for a wrong command line; Exhibit promises 2,
    /// like most Unix tools, and keeps 1 for content errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
