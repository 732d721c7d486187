import Synchronization

/// A value resolve computes from every case (the unit warnings, the slug clashes), kept
/// while each case is the same in what the value reads (`same`) and the settings it reads
/// are the same. In `serve` an edit re-parses one or two files: at 10,000 cases computing
/// such a value again was up to a twentieth of an update, where seeing that nothing
/// changed is a comparison of references for the cases that were not parsed again.
final class CaseListMemo<Settings: Equatable & Sendable, Value: Sendable>: Sendable {
    private let same: @Sendable (Case, Case) -> Bool
    private let make: @Sendable ([Case], Settings) -> Value
    private let last = Mutex<(cases: [Case], settings: Settings, value: Value)?>(nil)

    init(same: @escaping @Sendable (Case, Case) -> Bool, make: @escaping @Sendable ([Case], Settings) -> Value) {
        self.same = same
        self.make = make
    }

    func value(_ cases: [Case], _ settings: Settings) -> Value {
        if let entry = last.withLock({ $0 }), entry.settings == settings, entry.cases.count == cases.count,
           zip(entry.cases, cases).allSatisfy({ $0 === $1 || ($0.sourcePath == $1.sourcePath && same($0, $1)) }) {
            return entry.value
        }
        let value = make(cases, settings)
        last.withLock { $0 = (cases, settings, value) }
        return value
    }
}

extension CaseListMemo where Settings == Set<String>, Value == [Diagnostic] {
    /// `UnknownUnits.warnings`, by the cases' metrics and the rate labels.
    static func unitWarnings() -> CaseListMemo {
        CaseListMemo(same: { $0.metrics == $1.metrics }) { UnknownUnits.warnings(cases: $0, rateLabels: $1) }
    }
}

extension CaseListMemo where Settings == Int, Value == [Diagnostic] {
    /// `SiteResolver.slugClashes`, by the cases' slugs (no settings: always 0).
    static func slugClashes() -> CaseListMemo {
        CaseListMemo(same: { $0.slug == $1.slug }) { cases, _ in SiteResolver.slugClashes(cases) }
    }
}
