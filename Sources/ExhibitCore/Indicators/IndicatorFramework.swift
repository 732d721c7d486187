import Foundation

/// An evaluation index system (`indicators:` in site.yaml, or `content/indicators.yaml`):
/// dimensions, each with measurable indicators. A case's metric may name an indicator
/// (`- {indicator: member-participation, value: 86.5}`) and then takes its name and unit,
/// so figures of many cases are evidence of one thing rather than free labels that only
/// group when their words agree.
public struct IndicatorFramework: Sendable {
    public var dimensions: [IndicatorDimension] = []
    /// The file the framework was read from (`content/site.yaml` or
    /// `content/indicators.yaml`), for warnings that point at an indicator's line.
    public var file: String?
    /// Ids of indicators left out for an error in their definition: a case naming one is
    /// not warned about as well (the error at the definition says what to fix).
    public var broken: Set<String> = []

    public init(dimensions: [IndicatorDimension] = [], file: String? = nil) {
        self.dimensions = dimensions
        self.file = file
    }

    public var isEmpty: Bool { dimensions.allSatisfy(\.indicators.isEmpty) }

    /// Every indicator, dimension by dimension.
    public var indicators: [Indicator] { dimensions.flatMap(\.indicators) }

    public func indicator(_ id: String) -> Indicator? {
        for d in dimensions { if let hit = d.indicators.first(where: { $0.id == id }) { return hit } }
        return nil
    }

    /// The names of indicators whose figures never add up: the dashboard's free-figure
    /// tables must not sum a metric that repeats such a name either.
    public var rateNames: Set<String> { Set(indicators.filter { !$0.kind.sums }.map(\.name)) }
}

public struct IndicatorDimension: Sendable, Equatable {
    public var id: String
    public var name: String
    public var indicators: [Indicator]
}

public struct Indicator: Sendable, Equatable {
    /// How the figures of many cases combine.
    public enum Kind: String, Sendable, CaseIterable {
        /// Things counted or amounts (项, 人次, 万元): the site's figure is their sum.
        case count
        /// A percentage or ratio (党员参与率): never summed; range, median, distribution.
        case rate
        /// A mark on a scale (完善度评分 out of 100): never summed.
        case score
        /// A composite index (社会影响力指数): never summed.
        case index

        public var sums: Bool { self == .count }
    }

    public enum Better: String, Sendable, CaseIterable {
        case higher, lower
    }

    public var id: String
    public var name: String
    public var unit: String
    public var kind: Kind
    /// For a count, the site's total it aims at; for the others, the level each case aims at.
    public var target: Double?
    public var better: Better = .higher
    /// Every case is expected to report it: `check` lists those that do not.
    public var required = false
    /// The id of its dimension.
    public var dimension: String
    /// Where it is defined, for the warning about cases that do not report it.
    public var line = 1
    public var column = 1

    /// Whether `value` reaches `target` in the better direction.
    public func reaches(_ value: Double, _ target: Double) -> Bool {
        better == .higher ? value >= target : value <= target
    }

    /// Whether the unit written on a metric says the same as this indicator's (`%` and
    /// the full-width `％` are one unit).
    public func agrees(unit written: String) -> Bool {
        Self.normalized(written) == Self.normalized(unit)
    }

    private static func normalized(_ unit: String) -> String {
        unit.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "％", with: "%")
    }
}
