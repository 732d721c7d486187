import ExhibitText
import Foundation

/// `exhibit import cases.csv`: each row of a case sheet becomes
/// `content/cases/<pinyin-slug>.md`. Nothing is written when any cell is bad, and an
/// existing case is never replaced: with `update` only the front-matter entries whose
/// cells changed are rewritten, the body and comments are kept.
public struct SheetImport: Sendable {
    public var siteRoot: URL
    public var update: Bool

    public init(siteRoot: URL, update: Bool) {
        self.siteRoot = siteRoot.standardizedFileURL
        self.update = update
    }

    public struct Change: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable { case create, update([String]), unchanged }
        /// Relative to the site (`content/cases/apple-service.md`).
        public var path: String
        public var kind: Kind
        var text: String?

        public var description: String {
            switch kind {
            case .create: return "create \(path)"
            case .update(let keys): return "update \(path): " + keys.joined(separator: ", ")
            case .unchanged: return "unchanged \(path)"
            }
        }
    }

    public struct Plan: Sendable {
        public var changes: [Change] = []
        public var problems: [SheetProblem] = []
    }

    /// What importing `table` would do, or the problems that stop it.
    public func plan(_ table: SheetTable) throws -> Plan {
        let site = try siteConfig()
        let (records, problems) = SheetReader(table: table, site: site).records()
        var plan = Plan(problems: problems)
        let existing = ExistingCases(siteRoot: siteRoot, site: site)
        let titleColumn = table.header.firstIndex { CaseColumn.named($0) == .field("title") } ?? 0
        let metricColumns = table.header.compactMap { FigureColumn(CaseColumn.named($0)) }
        for record in records {
            guard let found = existing.match(slug: record.slug, title: record.title) else {
                plan.changes.append(Change(path: "\(SiteFolder.casesPath)/\(record.slug).md", kind: .create, text: record.fileText()))
                continue
            }
            guard update else {
                plan.problems.append(SheetProblem(place: table.place(row: record.row, column: titleColumn),
                                                  message: "the case `\(record.title)` is already \(found.path)",
                                                  fix: "run `exhibit import` with --update to change its front matter from the sheet (its text is kept), or delete the row"))
                continue
            }
            guard let c = found.parsed else {
                plan.problems.append(SheetProblem(place: table.place(row: record.row, column: titleColumn),
                                                  message: "\(found.path) has errors, so it cannot be compared with the sheet",
                                                  fix: "run `exhibit check` and fix the file first"))
                continue
            }
            var before = RecordYAML.entries(of: c, keys: record.covered, metricColumns: metricColumns, explicitSlug: found.explicitSlug)
            if !found.explicitSlug { before["slug"] = record.entries["slug"] }  // the file's name is its slug
            var changes: [String: String?] = [:]
            for key in record.covered.sorted() where before[key] != record.entries[key] {
                changes[key] = .some(record.entries[key])
            }
            if let figures = changes["metrics"] {
                // Figures the sheet has no column for (indicators, others) stay.
                changes["metrics"] = .some(Self.metrics(figures ?? nil, keeping: c.metrics, besides: metricColumns, in: found.text))
            }
            guard !changes.isEmpty else {
                plan.changes.append(Change(path: found.path, kind: .unchanged))
                continue
            }
            // Changes that cannot be written are said, never taken for "unchanged".
            guard let text = FrontMatterEdit.apply(found.text, changes: changes) else {
                plan.problems.append(SheetProblem(place: table.place(row: record.row, column: titleColumn),
                                                  message: "\(found.path) has no front matter between `---` lines to change",
                                                  fix: "start the file with a line `---` and end its front matter with another"))
                continue
            }
            let keys = CaseRecord.order.filter { changes[$0] != nil }
            plan.changes.append(Change(path: found.path, kind: .update(keys), text: text))
        }
        return plan
    }

    /// site.yaml's settings, with the framework of content/indicators.yaml, so that a
    /// case's indicator figures are read as such (and kept as written) when compared.
    func siteConfig() throws -> SiteConfig {
        var site = try CaseScaffold(siteRoot: siteRoot, title: "x").siteConfig()
        if site.indicators.isEmpty, let data = FileManager.default.contents(atPath: SiteFolder(root: siteRoot).path(SiteFolder.indicatorsPath)),
           let source = SourceText(bytes: Array(data)) {
            site.indicators = IndicatorParser.parseFile(source.text, path: SiteFolder.indicatorsPath).0
        }
        return site
    }

    /// Writes what `plan` says: new files exclusively (never over a file that appeared
    /// meanwhile), updates atomically. Call only when `plan.problems` is empty.
    public func apply(_ plan: Plan) throws {
        precondition(plan.problems.isEmpty)
        let created = plan.changes.filter { $0.kind == .create }.map { ($0.path, $0.text ?? "") }
        _ = try ScaffoldWriter.write(created, under: siteRoot)
        for change in plan.changes {
            guard case .update = change.kind, let text = change.text else { continue }
            try Data(text.utf8).write(to: siteRoot.appendingPathComponent(change.path), options: .atomic)
        }
    }

    /// The `metrics:` entry: the sheet's figures, then the case's other figures as the
    /// file writes them (its line, when the item is on one line: `headline:` and the
    /// editor's spacing stay).
    static func metrics(_ sheetEntry: String?, keeping metrics: [Metric], besides columns: [FigureColumn], in text: String) -> String? {
        let kept = metrics.filter { m in !columns.contains { $0.matches(m) } }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let keptLines = kept.map { m -> String in
            if m.line > 0, m.line <= lines.count {
                let line = String(lines[m.line - 1])
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("- {"), line.hasSuffix("}") { return line }
            }
            return (m.indicator.map { FigureColumn.indicator($0) } ?? .free(label: m.label, unit: m.unit)).item(m.value)
        }
        // A figure the sheet changed keeps its `headline: true` (not a column of the sheet).
        let headlines: [String] = metrics.filter(\.headline).compactMap { m in
            columns.first { $0.matches(m) }.map { $0.item(0).components(separatedBy: " value: ")[0] + " value: " }
        }
        let written: [String] = sheetEntry.map { $0.split(separator: "\n").dropFirst().map(String.init) } ?? []
        let sheetLines: [String] = written.map { line in
            headlines.contains(where: line.hasPrefix) ? String(line.dropLast()) + ", headline: true}" : line
        }
        let all = sheetLines + keptLines
        return all.isEmpty ? nil : (["metrics:"] + all).joined(separator: "\n")
    }
}
