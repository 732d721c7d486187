import ArgumentParser

@main
struct Exhibit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exhibit",
        abstract: "Builds an exhibition of achievements from content/ and templates/ into public/.",
        version: "0.1.0",
        subcommands: [Build.self],
        defaultSubcommand: nil
    )
}
