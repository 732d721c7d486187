import ArgumentParser
import ExhibitCore
import Foundation

/// `exhibit import cases.xlsx|cases.csv [--update] [--dry-run]`: a case sheet's rows become case
/// files. Exit 0 when written (or, with --dry-run, when it could be), 1 when any cell is
/// bad or a case exists without --update (nothing is written then), 2 on usage errors.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn each row of a case sheet (.xlsx, or .csv in UTF-8 or GBK) into content/cases/<pinyin-slug>.md.")

    @Argument(help: "The sheet: an .xlsx workbook (its sheet 案例, or its first) or a .csv file saved by Excel or WPS.")
    var file: String

    @OptionGroup var folder: SiteFolderOption

    @Flag(help: "Change the front matter of existing cases whose cells changed (their text and comments are kept).")
    var update = false

    @Flag(help: "Print what would be created or changed, and write nothing.")
    var dryRun = false

    func run() throws {
        let cwd = CommandLinePath.cwd
        let root = folder.root(cwd: cwd)
        let url = CommandLinePath.url(file, cwd: cwd)
        let kind = url.pathExtension.lowercased()
        guard kind == "csv" || kind == "xlsx" else {
            Console.err("\(file): error: a sheet must be an .xlsx workbook or a .csv file\n    fix: in Excel or WPS save it as “Excel 工作簿 (.xlsx)” (an .xls or .et file too)")
            throw ExitCode(1)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Console.err("\(file): error: cannot read the file\n    fix: check the name and the permissions")
            throw ExitCode(1)
        }
        let plan: SheetImport.Plan
        do {
            let table = kind == "xlsx" ? try WorkbookSheet.read(url) : try CSVSheet.read(data, file: url.lastPathComponent)
            plan = try SheetImport(siteRoot: root, update: update).plan(table)
        } catch let failure as CSVSheet.Failure {
            Console.err("\(failure)")
            throw ExitCode(1)
        } catch let error as ScaffoldError {
            Console.err("error: \(error)")
            throw ExitCode(1)
        }
        for problem in plan.problems { Console.err("\(problem)") }
        if !plan.problems.isEmpty {
            Console.err("import failed: \(plan.problems.count) error(s); nothing was written")
            throw ExitCode(1)
        }
        let verb = dryRun ? "would " : ""
        for change in plan.changes { print((change.kind == .unchanged ? "" : verb) + change.description) }
        let created = plan.changes.filter { $0.kind == .create }.count
        let updated = plan.changes.filter { if case .update = $0.kind { return true } else { return false } }.count
        if !dryRun {
            do { try SheetImport(siteRoot: root, update: update).apply(plan) } catch let error as ScaffoldError {
                Console.err("error: \(error)")
                throw ExitCode(1)
            }
        }
        print("\(dryRun ? "dry run: would create" : "created") \(created), \(dryRun ? "would update" : "updated") \(updated), "
            + "unchanged \(plan.changes.count - created - updated) case(s)")
    }
}
