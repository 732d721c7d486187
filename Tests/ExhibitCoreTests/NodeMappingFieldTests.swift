@testable import ExhibitCore
import Testing
import Yams

/// `field(_:)` finds what Yams' own subscript finds for the keys a case's fields use, in
/// each way a key can be written, and nothing for a key that is not there.
struct NodeMappingFieldTests {
    @Test func findsWhatYamsFindsForEachSpellingOfAKey() throws {
        let yaml = """
            - {label: 销售额, value: 1200, unit: 万元}
            - {"label": 产量, 'value': 30, unit: "%", headline: true}
            - {value: 5, indicator: jobs}
            - date: 2023年3月
              title: 第一阶段
              1: one
            - {}
            """
        guard case .sequence(let items)? = try Yams.compose(yaml: yaml) else {
            Issue.record("not a list")
            return
        }
        let keys = ["label", "value", "unit", "headline", "indicator", "date", "title", "lable", "Label", ""]
        for item in items {
            guard case .mapping(let map) = item else {
                Issue.record("not a mapping: \(item)")
                continue
            }
            for key in keys {
                #expect(map.field(key) == map[key], "\(key) in \(map)")
            }
        }
        guard case .mapping(let first) = items[0] else { return }
        #expect(first.field("unit")?.string == "万元")
        #expect(first.field("lable") == nil)
    }
}
