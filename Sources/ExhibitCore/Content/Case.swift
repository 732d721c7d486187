/// One case of the exhibition, as its front matter and body describe it.
public struct Case: Sendable {
    /// The Markdown file, relative to the site folder (`content/cases/apple.md`).
    public var sourcePath: String
    /// The folder whose other files belong to this case (a case folder with `index.md`),
    /// relative to the site folder; nil for a single-file case.
    public var bundlePath: String?
    public var title: String
    public var date: CaseDate
    public var category: String
    public var slug: String
    public var summary: String?
    public var tags: [String]
    public var organization: String?
    public var partners: [String]
    public var cover: String?
    public var coverAlt: String?
    public var featured: Bool
    public var draft: Bool
    public var metrics: [Metric]
    public var milestones: [Milestone]
    /// Front-matter keys Exhibit does not know, kept for templates.
    public var extra: [(key: String, value: YAMLValue)]
    public var body: String
    /// Lines of the file above the body, so Markdown positions map back to file lines.
    public var bodyLineOffset: Int
    /// Where the `cover:` value was written, to point a missing-cover warning at it.
    public var coverLine: Int
}

/// A figure of an achievement: `{label: 苹果增产, value: 30, unit: "%"}`.
public struct Metric: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var unit: String

    /// The value as written for people: `30`, `2.5`, `1,200`.
    public var displayValue: String {
        if value == value.rounded(), abs(value) < 1e15 {
            let n = Int(value)
            let digits = String(abs(n))
            var grouped = ""
            for (i, c) in digits.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append(",") }
                grouped.append(c)
            }
            return (n < 0 ? "-" : "") + String(grouped.reversed())
        }
        return String(value)
    }
}

/// A step of a case's story: `{date: 2023-03, title: 调研与土壤检测}`.
public struct Milestone: Sendable, Equatable {
    public var date: CaseDate
    public var title: String
}
