import Foundation
import Yams

extension SiteConfigParser {
    /// `review: {flag_words: [内部, 涉密]}`: the words each use of which is a warning.
    static func reviewFlagWords(_ node: Node, reader: inout FieldReader) -> [String] {
        guard case .mapping(let map) = node else {
            reader.error(node, "`review` must be a list of settings", fix: "write `review: {flag_words: [内部, 涉密]}`")
            return []
        }
        for (keyNode, _) in map where keyNode.scalarText != "flag_words" {
            reader.warning(keyNode, "unknown key `\(keyNode.scalarText ?? "")` in `review`", fix: "the one setting of `review` is `flag_words: [内部, 涉密]`")
        }
        return reader.stringList(map["flag_words"], key: "flag_words")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
