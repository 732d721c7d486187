import ArgumentParser
import ExhibitCore
import Foundation

/// `exhibit export cases.xlsx`: every case as a row of the workbook `import --update`
/// reads back. Never replaces a file: exit 1 when it exists.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every case as a row of an .xlsx workbook, to edit in Excel or WPS and read back with `import --update`.")

    @Argument(help: "The workbook to write (.xlsx); it must not exist yet.")
    var file: String

    @OptionGroup var folder: SiteFolderOption

    func run() throws {
        let cwd = CommandLinePath.cwd
        let root = folder.root(cwd: cwd)
        let url = try Export.newWorkbook(file, cwd: cwd)
        let count = try New.attempt { try CaseSheet(siteRoot: root).export(to: url.path) }
        print("wrote \(count) case(s) to \(displayPath(url, cwd: cwd))")
    }

    /// The path of a workbook to create: `.xlsx`, and not there yet (an office's edited
    /// workbook is never replaced).
    static func newWorkbook(_ file: String, cwd: URL) throws -> URL {
        let url = CommandLinePath.url(file, cwd: cwd)
        guard url.pathExtension.lowercased() == "xlsx" else {
            Console.err("\(file): error: the workbook's name must end in .xlsx\n    fix: e.g. `cases.xlsx`")
            throw ExitCode(1)
        }
        guard !FileManager.default.fileExists(atPath: url.path) else {
            Console.err("\(file): error: the file exists, and is never replaced\n    fix: give another name, or delete or move the old workbook first")
            throw ExitCode(1)
        }
        // Said here, in our words: libxlsxwriter would print its own error line and the
        // message would come twice.
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            Console.err("\(file): error: the folder \(displayPath(folder, cwd: cwd)) does not exist\n    fix: create it first, or write the workbook into an existing folder")
            throw ExitCode(1)
        }
        return url
    }
}
