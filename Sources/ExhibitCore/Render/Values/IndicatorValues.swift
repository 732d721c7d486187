import ExhibitTemplates

/// A dimension of the indicator framework with the figures of the indicators its cases
/// report (dashboard).
struct DimensionValue: Encodable, Sendable {
    var id: String
    var name: String
    @Flagged var indicators: [IndicatorValue]
}

/// One indicator over the site's cases.
struct IndicatorValue: Encodable, Sendable {
    var id: String
    var name: String
    var unit: String
    /// `count`, `rate`, `score` or `index`.
    var kind: String
    /// A count: its figure is `total`; the others show `range`, `median` and `distribution`.
    var sums: Bool
    /// How many cases report it, of `case_total`.
    var cases: Int
    var caseTotal: Int
    /// Empty for the kinds that do not sum; `range` and `median` are empty for a count.
    var total: String
    /// `72–95`, or the one figure when all cases agree.
    var range: String
    var median: String
    @Flagged var target: String?
    /// `higher` or `lower`: which way is better.
    var better: String
    /// Per cent of the target reached (a count's total), or of cases reaching it (the
    /// others); with `reaching`, the number of such cases.
    var progress: Int
    var reaching: Int
    @Flagged var leading: [LeaderValue]
    /// The figures as a dot strip (inline SVG with a text alternative), for rates, scores
    /// and indices reported by two cases or more.
    @Flagged var distribution: String?
}

/// A case with its figure of an indicator.
struct LeaderValue: Encodable, Sendable {
    var title: String
    var url: String
    var value: String
}

/// `scorecard`: one organization's indicators beside the site's.
struct ScorecardValues: Encodable, Sendable {
    var title: String
    /// The organization's list of cases.
    var organization: LinkValue
    var caseCount: Int
    /// Paired bars (inline SVG) with a title and a description; `dimensions` is the same
    /// figures as tables.
    var chart: ChartSVG
    @Flagged var dimensions: [ScorecardDimension]

    struct ChartSVG: Encodable, Sendable {
        var id: String
        var title: String
        var description: String
        var svg: String
    }
}

struct ScorecardDimension: Encodable, Sendable {
    var id: String
    var name: String
    var rows: [ScorecardRow]
}

/// An indicator on a scorecard: the organization's figure (the total of its cases for a
/// count, their median otherwise) beside the site's.
struct ScorecardRow: Encodable, Sendable {
    var name: String
    var unit: String
    var kind: String
    var sums: Bool
    /// Absent when none of the organization's cases reports it.
    @Flagged var own: String?
    var ownCases: Int
    var site: String
    var siteCases: Int
    /// For a count, the organization's share of the site's total (`35%`).
    /// Empty for the others (`—` when the site's total is zero).
    var share: String
    @Flagged var target: String?
    /// The organization's figure reaches the target (rates, scores, indices).
    var meets: Bool
}
