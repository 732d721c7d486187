@testable import ExhibitCore

/// Small cases for the figures tests, built directly rather than parsed.
enum ExhibitionFixtures {
    static let categories = [
        Category(id: "rural", name: "乡村振兴", description: ""),
        Category(id: "red", name: "红色文化", description: ""),
        Category(id: "research", name: "科研攻关", description: ""),
    ]

    static func makeCase(_ slug: String, year: Int, category: String = "rural", organization: String? = nil,
                         partners: [String] = [], metrics: [(String, Double, String)] = [],
                         headlines: Set<String> = []) -> Case {
        Case(sourcePath: "content/cases/\(slug).md", bundlePath: nil, title: slug,
             date: CaseDate(year: year, month: 6, day: 1, minuteOfDay: nil), category: category, slug: slug,
             summary: nil, tags: [], organization: organization, partners: partners, cover: nil, coverAlt: nil,
             featured: false, draft: false,
             metrics: metrics.map { Metric(label: $0.0, value: $0.1, unit: $0.2, headline: headlines.contains($0.0)) },
             milestones: [], extra: [], body: "", bodyLineOffset: 0, coverLine: 0)
    }
}
