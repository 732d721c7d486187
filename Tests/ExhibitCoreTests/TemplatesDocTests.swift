@testable import ExhibitCore
import Foundation
import Testing

/// `docs/TEMPLATES.md` names exactly the values each page gives its template.
///
/// The values are the specimen site's (`SpecimenSite`): built by the same `PageContext`
/// code as real pages, with every optional value present and every list holding an item,
/// so they have every name a real page can have. They are flattened to dotted names
/// (`case.category.name`; a list's item fields as `menu.url`).
///
/// The doc's format: each `## <template>.mustache` section (and `## Every page`, `## Cards`)
/// has one table whose first column holds the names, in backticks; `a.{b, c}` stands for
/// `a.b` and `a.c`. `x.<key>` is a map whose keys are the site's own (`t.<key>`,
/// `site.extra.<key>`); `x.<card>` is every name of the Cards table under `x`. The names
/// of `## Every page` count for every page.
@Suite struct TemplatesDocTests {
    static let docURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/TEMPLATES.md").standardized

    static func specimen() -> SpecimenSite {
        SpecimenSite(config: SiteConfig(), extraKeys: ["source"], strings: ["home": "Home", "search": "Search"])
    }

    static func doc() throws -> TemplatesDoc {
        try TemplatesDoc(markdown: String(contentsOf: docURL, encoding: .utf8))
    }

    @Test func everyPageKindIsDocumentedExactly() throws {
        let doc = try Self.doc()
        let specimen = Self.specimen()
        var problems: [String] = []
        for kind in PageKind.all {
            guard let documented = doc.names(forTemplate: kind.template) else {
                problems.append("\(kind.template).mustache: docs/TEMPLATES.md has no `## \(kind.template).mustache` section")
                continue
            }
            let provided = TemplatesDoc.flatten(specimen.context(for: kind), openMaps: doc.openMaps)
            problems += TemplatesDoc.compare(provided: provided, documented: documented, what: "\(kind.template).mustache")
        }
        for template in doc.sections.keys where !PageKind.all.contains(where: { $0.template == template })
            && !PrintPlan.templates.contains(template) {
            problems.append("docs/TEMPLATES.md documents `\(template).mustache`, which no page kind renders")
        }
        #expect(problems.isEmpty, Comment(rawValue: problems.joined(separator: "\n")))
    }

    /// The card partial sees a card's names (but its `html`), `root`, `site` and `t`.
    @Test func cardPartialIsDocumentedExactly() throws {
        let doc = try Self.doc()
        let shared = doc.shared.filter { $0 == "root" || $0.hasPrefix("site.") || $0.hasPrefix("t.") }
        let documented = doc.card.subtracting(["html"]).union(shared)
        let provided = TemplatesDoc.flatten(Self.specimen().cardContext(), openMaps: doc.openMaps)
        let problems = TemplatesDoc.compare(provided: provided, documented: documented, what: "partials/case-card.mustache")
        #expect(problems.isEmpty, Comment(rawValue: problems.joined(separator: "\n")))
    }

    /// Each print template (`exhibit print`) sees `site`, `t` and its own section's names.
    @Test func printTemplatesAreDocumentedExactly() throws {
        let doc = try Self.doc()
        let shared = doc.shared.filter { $0.hasPrefix("site.") || $0.hasPrefix("t.") }
        var problems: [String] = []
        for template in PrintPlan.templates {
            guard let documented = doc.names(forTemplate: template) else {
                problems.append("\(template).mustache: docs/TEMPLATES.md has no `## \(template).mustache` section")
                continue
            }
            let provided = TemplatesDoc.flatten(Self.specimen().printContext(for: template), openMaps: doc.openMaps)
            // `names(forTemplate:)` adds every page's names; a print document has only `site` and `t` of them.
            problems += TemplatesDoc.compare(provided: provided, documented: documented.subtracting(doc.shared).union(shared), what: "\(template).mustache")
        }
        #expect(problems.isEmpty, Comment(rawValue: problems.joined(separator: "\n")))
    }

    /// The check itself finds a name left out and a name made up.
    @Test func aMissingOrMadeUpNameIsFound() throws {
        let doc = try Self.doc()
        let kind = try #require(PageKind.all.first { $0.template == "case" })
        let provided = TemplatesDoc.flatten(Self.specimen().context(for: kind), openMaps: doc.openMaps)
        var documented = provided
        documented.remove("case.reading_minutes")
        documented.insert("case.made_up")
        #expect(TemplatesDoc.compare(provided: provided, documented: documented, what: "case.mustache") == [
            "case.mustache: provided but not documented: case.reading_minutes",
            "case.mustache: documented but not provided: case.made_up",
        ])
    }

    @Test func bracesExpand() {
        #expect(TemplatesDoc.expand("a.{b, c.{d, e}}.f") == ["a.b.f", "a.c.d.f", "a.c.e.f"])
        #expect(TemplatesDoc.expand("root") == ["root"])
    }
}

/// The names `docs/TEMPLATES.md` documents, section by section.
struct TemplatesDoc {
    /// Template name (`case`) → the names its table documents, as written.
    var sections: [String: Set<String>] = [:]
    var shared: Set<String> = []
    var card: Set<String> = []

    struct FormatError: Error, CustomStringConvertible { var description: String }

    init(markdown: String) throws {
        var section: String?
        var tables: [String: Set<String>] = [:]
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                section = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let section, line.hasPrefix("|") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 2 else { continue }
            let first = cells[1]
            if first == "value" || first.allSatisfy({ $0 == "-" || $0 == ":" }) { continue }
            let names = first.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            if names.isEmpty { throw FormatError(description: "\(section): a row names no value in backticks: \(line)") }
            for name in names {
                for expanded in Self.expand(name) {
                    guard expanded.range(of: #"^[a-z_0-9]+(\.([a-z_0-9]+|<key>|<card>))*$"#, options: .regularExpression) != nil else {
                        throw FormatError(description: "\(section): `\(expanded)` is not a value name")
                    }
                    tables[section, default: []].insert(expanded)
                }
            }
        }
        shared = tables.removeValue(forKey: "Every page") ?? []
        card = tables.removeValue(forKey: "Cards") ?? []
        for (title, names) in tables {
            guard title.hasSuffix(".mustache") else { throw FormatError(description: "a table under `## \(title)`, not a template") }
            sections[String(title.dropLast(".mustache".count))] = names
        }
        // A template section with prose only documents no names of its own.
        for line in markdown.split(separator: "\n") where line.hasPrefix("## ") && line.hasSuffix(".mustache") {
            let template = String(line.dropFirst(3).dropLast(".mustache".count)).trimmingCharacters(in: .whitespaces)
            if sections[template] == nil { sections[template] = [] }
        }
    }

    /// Maps whose keys are the site's own: every `x` of a documented `x.<key>`.
    var openMaps: Set<String> {
        Set((Array(sections.values.joined()) + Array(shared) + Array(card)).filter { $0.hasSuffix(".<key>") }.map { String($0.dropLast(6)) })
    }

    /// Every name a template's page documents: its own, with cards expanded, and every page's.
    func names(forTemplate template: String) -> Set<String>? {
        guard let own = sections[template] else { return nil }
        var result = shared
        for name in own {
            if name.hasSuffix(".<card>") {
                let prefix = name.dropLast("<card>".count)
                result.formUnion(card.map { prefix + $0 })
            } else {
                result.insert(name)
            }
        }
        return result
    }

    /// `a.{b, c}` → `a.b`, `a.c`; braces may nest.
    static func expand(_ name: String) -> [String] {
        guard let open = name.firstIndex(of: "{") else { return [name.trimmingCharacters(in: .whitespaces)] }
        var depth = 0
        var close = open
        var parts: [String] = []
        var start = name.index(after: open)
        for i in name.indices[open...] {
            switch name[i] {
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { parts.append(String(name[start..<i])); close = i }
            case "," where depth == 1:
                parts.append(String(name[start..<i]))
                start = name.index(after: i)
            default: break
            }
            if depth == 0 { break }
        }
        let head = String(name[..<open])
        let tail = String(name[name.index(after: close)...])
        return parts.flatMap { expand(head + $0.trimmingCharacters(in: .whitespaces) + tail) }
    }

    /// The dotted names of a page's values: a dictionary's keys below its name, a list of
    /// dictionaries' item keys below the list's name; a map in `openMaps` is `name.<key>`.
    static func flatten(_ value: Any, prefix: String = "", openMaps: Set<String>) -> Set<String> {
        func join(_ key: String) -> String { prefix.isEmpty ? key : prefix + "." + key }
        if openMaps.contains(prefix), value is [String: Any] { return [join("<key>")] }
        if let dictionary = value as? [String: Any] {
            if dictionary.isEmpty { return [prefix] }
            return dictionary.reduce(into: []) { $0.formUnion(flatten($1.value, prefix: join($1.key), openMaps: openMaps)) }
        }
        if let list = value as? [Any], let items = list as? [[String: Any]], !items.isEmpty {
            return items.reduce(into: []) { $0.formUnion(flatten($1, prefix: prefix, openMaps: openMaps)) }
        }
        return [prefix]
    }

    /// The disagreements, one line each; none when the names agree.
    static func compare(provided: Set<String>, documented: Set<String>, what: String) -> [String] {
        var problems: [String] = []
        let undocumented = provided.subtracting(documented).sorted()
        let missing = documented.subtracting(provided).sorted()
        if !undocumented.isEmpty { problems.append("\(what): provided but not documented: \(undocumented.joined(separator: ", "))") }
        if !missing.isEmpty { problems.append("\(what): documented but not provided: \(missing.joined(separator: ", "))") }
        return problems
    }
}
