import ArgumentParser
import ExhibitCore
import Foundation

/// `exhibit check`: every check of `build`, then the rendered pages' links, anchors,
/// images and alt text, all in memory; writes nothing. Exit 0 when there are no errors
/// (and, with --strict, no warnings), 1 otherwise, 2 on usage errors.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site and its rendered pages (links, #anchors, images, alt text) without writing anything.")

    @OptionGroup var common: SiteOptions<Check>

    func run() throws {
        let cwd = CommandLinePath.cwd
        let (options, display) = common.buildOptions(cwd: cwd)
        let report = SiteChecker(options: options).run()
        display?.finish()
        Console.print(report.diagnostics)
        common.printStages(report.stages)
        if !common.quiet { summarize(report) }
        if !report.passed(strict: common.strict) {
            let reason = report.errors > 0 ? "\(report.errors) error(s)" : "\(report.warnings) warning(s) with --strict"
            Console.err("check failed: \(reason)")
            throw ExitCode(1)
        }
    }

    /// The closing lines on standard output: what was checked, and the external links.
    private func summarize(_ report: CheckReport) {
        guard report.rendered else {
            print("the site has errors, so its pages were not rendered and their links not checked: \(report.errors) error(s), \(report.warnings) warning(s)")
            return
        }
        var distinct: [String: (count: Int, first: ExternalLink)] = [:]
        var order: [String] = []
        for link in report.externalLinks {
            if let seen = distinct[link.url] {
                distinct[link.url] = (seen.count + 1, seen.first)
            } else {
                distinct[link.url] = (1, link)
                order.append(link.url)
            }
        }
        if !report.awaitingReview.isEmpty {
            print("\(report.awaitingReview.count) case(s) await review (no `review: {by, on}`)"
                + (common.verbose ? ":" : "; --verbose lists them"))
            if common.verbose { for path in report.awaitingReview { print("  \(path)") } }
        }
        print("checked \(report.pages) pages: \(report.internalLinks) internal link(s), \(report.images) image(s); "
            + "\(report.errors) error(s), \(report.warnings) warning(s)")
        if distinct.isEmpty {
            print("external links: none")
        } else {
            print("external links: \(report.externalLinks.count) (\(distinct.count) distinct), listed, not fetched"
                + (common.verbose ? ":" : "; --verbose lists them"))
        }
        if common.verbose {
            for url in order.sorted() {
                guard let entry = distinct[url] else { continue }
                let place = "\(entry.first.path):\(entry.first.line):\(entry.first.column)"
                print("  \(url)  (\(place)\(entry.count > 1 ? " and \(entry.count - 1) more" : ""))")
            }
        }
    }
}

extension Check: SiteOptionsHelp {
    static let drafts = "Also check cases and pages marked `draft: true`."
    static let strict = "Treat warnings as errors: exit 1 when there is any."
    static let verbose = "Print the time of each stage and every external link."
    static let quiet = "Print no progress and no closing summary; problems are still printed."
}
