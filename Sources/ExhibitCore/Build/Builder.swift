import ExhibitTemplates
import Foundation

/// The build pipeline: load → parse → resolve → theme → markdown → render → swap.
///
/// Content problems are collected as diagnostics from every stage; the pipeline stops
/// before writing when there is an error, and the output is only swapped in after
/// everything was written, so a failed build never touches the previous output.
public struct Builder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds into the output folder (through a staging folder beside it).
    public func build() -> BuildReport {
        var folder = OutputFolder(url: options.output, siteRoot: options.siteRoot)
        folder.keepsPrevious = options.writesCaches
        var report = BuildReport()
        if let refusal = folder.refusal() {
            report.diagnostics = [refusal]
            return report
        }
        // Staging folders of builds that were killed (a partial copy of the site) and the
        // previous output swapped out by a build killed before removing it.
        let leftoverWarnings = folder.removeLeftovers()
        let createdParents: [URL]
        let recycled: RecycledOutput?
        do {
            createdParents = try folder.makeStaging()
            recycled = folder.claimSpare()
        } catch {
            report.diagnostics = leftoverWarnings + [.error(folder.stagingURL.path, "cannot create the staging folder: \(error.localizedDescription)",
                fix: "the folder that holds the output must be writable: change its permissions or choose another --output")]
            return report
        }
        let sink = DiskSink(root: folder.stagingURL, recycled: recycled)
        let session: SiteSession
        (report, session) = render(into: sink)
        report.diagnostics = leftoverWarnings + report.diagnostics
        if report.succeeded {
            let start = Date()
            do {
                try sink.sweep()
                if let warning = try folder.swapIn() { report.diagnostics.append(warning) }
                // The QR symbols for the next build, once this one's pages are the site's.
                if options.writesCaches { session.caches.qr.store.save() }
                report.stages.append(("swap", Date().timeIntervalSince(start)))
                report.resident["swap"] = ResidentMemory.current
            } catch {
                report.diagnostics.append(.error(options.output.path, "cannot replace the output folder: \(error.localizedDescription)"))
                report.succeeded = false
            }
        }
        if !report.succeeded { folder.discard(createdParents: createdParents) }
        report.files = sink.fileCount
        return report
    }

    /// Runs every stage, writing into `sink`; `succeeded` says whether the output is good.
    public func run(into sink: any OutputSink) -> BuildReport {
        render(into: sink).report
    }

    private func render(into sink: any OutputSink) -> (report: BuildReport, session: SiteSession) {
        let session = SiteSession(options: options, rendersOnce: true)
        if options.endsWithProcess { ProcessEnd.keep(session) }
        var report = session.update()
        guard report.succeeded else { return (report, session) }
        // This session renders once: the Markdown sources are not read again.
        session.releaseSources()
        let start = Date()
        let (pages, problems, stages, templates) = session.write(to: sink)
        report.templates = templates
        report.pages = pages
        report.diagnostics += problems
        report.succeeded = problems.isEmpty
        report.stages += stages
        for (name, _) in stages { report.resident[name] = ResidentMemory.current }
        report.seconds += Date().timeIntervalSince(start)
        return (report, session)
    }
}
