import ExhibitText

/// One published case as the search index sees it.
public struct SearchDocument: Sendable, Equatable {
    /// A stable number for the case; among cases of the same year and category the
    /// smaller id comes first in the index (and wins ties in ranking).
    public var id: Int
    /// Site-relative URL of the case page, e.g. `cases/apple/`.
    public var url: String
    public var title: String
    public var summary: String
    public var tags: [String]
    public var organization: String
    /// Category id (from site.yaml) and its display name.
    public var category: String
    public var categoryName: String
    public var year: Int
    /// The body as plain text, as UTF-8 (it is only read as bytes).
    public var text: UTF8Text
    /// Site-relative URL of a small picture of the case (its cover's narrowest variant,
    /// `cases/apple/orchard-480.webp`), shown beside the result; empty for none.
    public var thumbnail: String = ""

    public init(
        id: Int, url: String, title: String, summary: String = "", tags: [String] = [],
        organization: String = "", category: String, categoryName: String, year: Int, text: UTF8Text,
        thumbnail: String = ""
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.summary = summary
        self.tags = tags
        self.organization = organization
        self.category = category
        self.categoryName = categoryName
        self.year = year
        self.text = text
        self.thumbnail = thumbnail
    }
}

/// The fields a token can occur in. A posting's mask is the sum of its fields' bits, and
/// the bits are also the ranking weights: title > tags > organization > summary > body.
public enum SearchField: UInt8, Sendable, CaseIterable {
    case body = 1
    case summary = 2
    case organization = 4
    case tags = 8
    case title = 16

    /// Names in bit order, as written to `meta.json`.
    static let names = ["body", "summary", "organization", "tags", "title"]
}
