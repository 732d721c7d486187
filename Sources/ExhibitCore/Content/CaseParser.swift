import ExhibitMarkdown
import ExhibitText
import Yams

/// Reads one case file into a `Case`: every key checked, every problem a diagnostic.
enum CaseParser {
    static let knownKeys = ["title", "date", "category", "slug", "summary", "tags", "organization", "partners",
                            "cover", "cover_alt", "featured", "draft", "metrics", "milestones", "gallery", "location", "review"]

    /// More tags than this on one case is a warning: tags are for finding cases, and past
    /// a few dozen they are a pasted keyword list.
    static let maxTags = 30

    /// `defaultSlug` is the file or folder name; `bundlePath` the case folder, if any.
    static func parse(_ source: SourceText, path: String, defaultSlug: String, bundlePath: String?,
                      site: SiteConfig) -> (Case?, [Diagnostic]) {
        let f: FrontMatter
        var reader: FieldReader
        switch FrontMatter.reader(for: source.text, path: path) {
        case .success(let opened): (f, reader) = opened
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let title = reader.string(f["title"], key: "title")
        let dateNode = f["date"]
        let date = dateNode.flatMap { caseDate($0, key: "date", reader: &reader) }
        let category = reader.string(f["category"], key: "category")
        let missing = [("title", title == nil && f["title"] == nil, "title: 项目名称"),
                       ("date", dateNode == nil, "date: 2024-06-18"),
                       ("category", category == nil && f["category"] == nil, "category: \(site.categories.first?.id ?? "research")")]
        for (key, isMissing, example) in missing where isMissing {
            reader.diagnostics.append(.error(path, line: 1, column: 1, "the case has no `\(key)`",
                                             fix: "add `\(example)` to the front matter"))
        }
        if let category, site.readable, site.category(category) == nil, let node = f["category"] {
            let ids = site.categories.map(\.id)
            if let named = site.categories.first(where: { $0.name == category.cleanedName() }) {
                // The name the pages show (科研攻关), as the case sheets accept it: say its id.
                reader.error(node, "`\(category)` is the name of the category `\(named.id)`: the front matter names a category by its id",
                             fix: "write `category: \(named.id)`")
            } else {
                let guess = Suggestion.closest(to: category, in: ids).map { "did you mean `\($0)`? " } ?? ""
                reader.error(node, "unknown category `\(category)`",
                             fix: "\(guess)use one of the ids in content/site.yaml: \(ids.joined(separator: ", "))")
            }
        }
        let slug = reader.slug(f["slug"], folder: "the cases folder") ?? defaultSlug
        reader.warnAboutMisspelledKeys(in: f, known: knownKeys) { key, guess in
            "rename it to `\(guess)`, or keep it: templates see it as case.extra.\(key)"
        }
        // Term names in NFC (`unique`): terms are grouped by their bytes (see TermName).
        let tags = unique(names(f["tags"], key: "tags", reader: &reader))
        if tags.count > maxTags, let node = f["tags"] {
            reader.warning(node, "the case has \(tags.count) tags; more than \(maxTags) make every tag page and the tag index hard to use",
                           fix: "keep the \(maxTags) or fewer that describe the case best (most cases have 3 to 8); cards show only the first \(PageContext.cardTags)")
        }
        let result = Case(
            sourcePath: path, bundlePath: bundlePath,
            title: title ?? "", date: date ?? CaseDate(year: 1970), category: category ?? "", slug: slug,
            summary: reader.string(f["summary"], key: "summary"),
            tags: tags,
            organization: reader.string(f["organization"], key: "organization").map { $0.cleanedName().precomposed }
                .flatMap { $0.isEmpty ? nil : $0 },
            partners: unique(names(f["partners"], key: "partners", reader: &reader)),
            cover: coverAddress(f["cover"], reader: &reader),
            coverAlt: reader.string(f["cover_alt"], key: "cover_alt"),
            featured: reader.bool(f["featured"], key: "featured") ?? false,
            draft: reader.bool(f["draft"], key: "draft") ?? false,
            metrics: metrics(f["metrics"], indicators: site.indicators, reader: &reader),
            milestones: milestones(f["milestones"], reader: &reader),
            extra: f.fields.filter { !knownKeys.contains($0.key) }.map { ($0.key, YAMLValue($0.value)) },
            body: f.body, bodyLineOffset: f.bodyLineOffset,
            coverLine: f["cover"].map { reader.position($0).line } ?? 1,
            gallery: gallery(f["gallery"], reader: &reader),
            location: location(f["location"], reader: &reader),
            review: review(f["review"], reader: &reader),
            bodyIsClean: true)
        let failed = reader.diagnostics.contains { $0.severity == .error }
        return (failed ? nil : result, reader.diagnostics)
    }

    static func caseDate(_ node: Node, key: String, reader: inout FieldReader) -> CaseDate? {
        guard let text = reader.string(node, key: key) else { return nil }
        // As the case sheets read it: `2024年6月18日` is 2024-06-18 here too.
        switch CaseDate.parse(written: text) {
        case .success(let date)?:
            return date
        case .failure(.impossible(let why))?:
            reader.error(node, "`\(text)` is not a real date: \(why)", fix: "check the day and month; write `\(key): YYYY-MM-DD`")
        case .failure(.yearOutOfRange)?:
            reader.error(node, "`\(text)` is not a plausible date: the year must be between \(CaseDate.years.lowerBound) and \(CaseDate.years.upperBound)",
                         fix: "check the year for a typo; write `\(key): YYYY-MM-DD`, e.g. `\(key): 2024-06-18`")
        case nil:
            reader.error(node, "`\(text)` is not a date", fix: "write `\(key): YYYY-MM-DD`, e.g. `\(key): 2024-06-18`")
        }
        return nil
    }

    private static func milestones(_ node: Node?, reader: inout FieldReader) -> [Milestone] {
        guard let node else { return [] }
        let example = "{date: 2023-03, title: 第一阶段：调研}"
        guard case .sequence(let items) = node else {
            reader.error(node, "`milestones` must be a list", fix: "write each step as `  - \(example)`")
            return []
        }
        return items.compactMap { item -> Milestone? in
            guard case .mapping(let map) = item, let dateNode = map.field("date"),
                  let title = map.field("title").flatMap({ reader.string($0, key: "title") }) else {
                reader.error(item, "each milestone needs `date` and `title`", fix: "write `- \(example)`")
                return nil
            }
            guard let date = caseDate(dateNode, key: "date", reader: &reader) else { return nil }
            return Milestone(date: date, title: title)
        }
    }

    /// The names of a list key (`tags`, `partners`). Chinese writing separates names with
    /// `，`, `、` or `；`, which YAML does not: `tags: [科技助农，电商直播]` and `tags: 科技助农、电商直播`
    /// were one tag of both names. They are read as the names meant, with a warning at the
    /// item that says how to write the list; so is `tags: 科技助农, 电商直播` (one text).
    static func names(_ node: Node?, key: String, reader: inout FieldReader) -> [String] {
        guard let node else { return [] }
        let written = reader.stringList(node, key: key)
        let isOneText: Bool
        if case .scalar = node { isOneText = true } else { isOneText = false }
        let split = written.map { name -> [String] in
            // ，and ；are encoded from the lead byte EF, 、 from E3: names without either (and
            // without a comma where one counts) are not walked by Character at all.
            // Looked for in the bytes where they are: through the UTF-8 view's indices,
            // 400 instructions a name.
            guard name.withBytes({ $0.contains { $0 == 0xEF || $0 == 0xE3 || (isOneText && $0 == UInt8(ascii: ",")) } }) else { return [name] }
            return name.split { $0 == "，" || $0 == "、" || $0 == "；" || (isOneText && $0 == ",") }
                .map { String($0).cleanedName() }.filter { !$0.isEmpty }
        }
        // An item of separators only (`tags: [科技助农, 、]`) names nothing: it was a tag
        // page called `、`.
        let names = zip(written, split).flatMap { name, parts in parts.count == 1 ? [name] : parts }
        for (name, parts) in zip(written, split) where parts.count != 1 {
            // The item's node, for the warning's place: the list's items are copied only here.
            let items: [Node]
            switch node {
            case .sequence(let sequence): items = Array(sequence)
            default: items = [node]
            }
            let at = items.first { $0.string == name } ?? node
            // In brackets as well as with ASCII commas: `partners: 甲, 乙` has the commas and
            // lacks only the brackets, which a fix about commas alone did not say.
            let fix = names.isEmpty ? "remove it" : "write the list in brackets, with ASCII commas between the names: `\(key): [\(names.joined(separator: ", "))]`"
            let message = parts.isEmpty ? "`\(name)` holds no name, only separators: it is left out of \(key)"
                : "`\(name)` is read as \(parts.count) \(key): \(parts.joined(separator: ", "))"
            reader.warning(at, message, fix: fix)
        }
        return names
    }

    /// The names cleaned and in NFC, without blanks and repeats: in NFC, two canonically
    /// equal names are the same bytes, so repeats are found by their bytes (`TermName`).
    /// A `Set<String>` hashed each Chinese name through Unicode normalisation, 3,500
    /// instructions a name, 0.3 % of a build's.
    private static func unique(_ items: [String]) -> [String] {
        var seen = SmallSet<TermName>()
        var names: [String] = []
        for item in items {
            let name = item.cleanedName().precomposed
            if !name.isEmpty && seen.insert(TermName(name)) { names.append(name) }
        }
        return names
    }

    /// The cover as written, unless it is a script address (`javascript:`, `data:` that is
    /// not an image): that is an error at its line, and no cover.
    private static func coverAddress(_ node: Node?, reader: inout FieldReader) -> String? {
        guard let node, let cover = reader.string(node, key: "cover") else { return nil }
        if !URLSafety.isSafe(cover) {
            reader.error(node, "the cover `\(cover)` is not an image: a `javascript:` or `data:` address is never published",
                         fix: "put the image beside the case file and write its name, e.g. `cover: orchard.jpg`")
            return nil
        }
        return cover
    }
}

import Foundation
