import Yams

extension CaseParser {
    /// A case's `review:`: who (`by`, an office or a person) and when (`on`, a date).
    static func review(_ node: Node?, reader: inout FieldReader) -> CaseReview? {
        guard let node else { return nil }
        let example = "review: {by: 党委宣传部, on: 2024-06-20}"
        guard case .mapping(let map) = node else {
            reader.error(node, "`review` must say who reviewed the case and when", fix: "write `\(example)`")
            return nil
        }
        for (keyNode, _) in map where !["by", "on"].contains(keyNode.scalarText ?? "") {
            reader.warning(keyNode, "unknown key `\(keyNode.scalarText ?? "")` in `review`; it is ignored", fix: "a review has `by` and `on`: `\(example)`")
        }
        guard let byNode = map["by"], let by = reader.string(byNode, key: "by"), !by.isEmpty,
              let onNode = map["on"] else {
            reader.error(node, "`review` needs both `by` (who reviewed) and `on` (the date)", fix: "write `\(example)`")
            return nil
        }
        guard let on = caseDate(onNode, key: "on", reader: &reader) else { return nil }
        return CaseReview(by: by, on: on)
    }
}
