import ArgumentParser
import ExhibitCore
import Foundation

/// `exhibit new site DIR` and `exhibit new case "标题"`: scaffolding that never overwrites
/// a file. Exit 0 when written, 1 when refused (file exists, unknown category), 2 on
/// usage errors.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new site, a new case, or a case workbook for the branches.",
        subcommands: [Site.self, Case.self, Sheet.self]
    )

    struct Site: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "site",
            abstract: "Create a site that builds at once: site.yaml, two sample cases and an about page.")

        @Argument(help: "The folder of the new site (created if missing; must not have a content/ folder).")
        var directory: String

        func run() throws {
            let cwd = CommandLinePath.cwd
            let root = CommandLinePath.url(directory, cwd: cwd)
            let written = try New.attempt { try SiteScaffold(root: root).create() }
            let shown = displayPath(root, cwd: cwd)
            print("created a site in \(shown):")
            for path in written { print("  \(path)") }
            print("next: cd \(shown.contains(" ") ? "\"\(shown)\"" : shown) && exhibit build   (or exhibit new case \"标题\" to add a case)")
        }
    }

    struct Case: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case",
            abstract: "Create content/cases/<pinyin-slug>.md with its front matter filled in.")

        @Argument(help: "The title of the case, e.g. \"校企党建共建\".")
        var title: String

        @OptionGroup var folder: SiteFolderOption

        @Option(name: .long, help: "A category id from content/site.yaml (default: the first).")
        var category: String?

        func run() throws {
            let cwd = CommandLinePath.cwd
            let root = folder.root(cwd: cwd)
            let path = try New.attempt { try CaseScaffold(siteRoot: root, title: title, category: category).create() }
            print(displayPath(root.appendingPathComponent(path), cwd: cwd))
        }
    }

    struct Sheet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sheet",
            abstract: "Write an empty case workbook (.xlsx) for the branches to fill in: a column per field and figure, a category drop-down, instructions in Chinese.")

        @Argument(help: "The workbook to write, e.g. cases.xlsx; it must not exist yet.")
        var file: String

        @OptionGroup var folder: SiteFolderOption

        func run() throws {
            let cwd = CommandLinePath.cwd
            let root = folder.root(cwd: cwd)
            let url = try Export.newWorkbook(file, cwd: cwd)
            try New.attempt { try CaseSheet(siteRoot: root).blank(to: url.path) }
            print(displayPath(url, cwd: cwd))
        }
    }

    /// Runs `body`; a refusal is printed as `error: …` and `fix: …` and exits 1.
    static func attempt<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ScaffoldError {
            Console.err("error: \(error)")
            throw ExitCode(1)
        }
    }
}
