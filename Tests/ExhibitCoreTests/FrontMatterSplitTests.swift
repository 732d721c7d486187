@testable import ExhibitCore
import Foundation
import Testing
import Yams

/// Where the front matter ends and the body starts, for files made of fences, spaces,
/// keys, blank lines and text in every order: the same as cutting the file into lines and
/// trimming each (what `FrontMatter.parse` did before it read the lines one at a time).
@Suite struct FrontMatterSplitTests {
    /// The first way, written plainly: the meaning the fast one must keep.
    static func reference(_ text: String) -> (yaml: String, body: String, offset: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true,
              let close = lines.indices.dropFirst().first(where: {
                  let line = lines[$0].trimmingCharacters(in: .whitespaces)
                  return line == "---" || line == "..."
              }) else { return nil }
        return (lines[1..<close].joined(separator: "\n"), lines[(close + 1)...].joined(separator: "\n"), close + 1)
    }

    /// No "\r": files reach the parser with `\n` line ends (`SourceText`).
    static let pieces = ["---", "...", "--- ", "\t---", "\u{3000}---\u{3000}", "---\u{200B}", "\u{2003}...", "\u{200C}---", "----", "-- -", ". ..",
                         "title: 标题", "a: 1", "", " ", "正文第一段。", "# 标题", "---x"]

    @Test func theSplitIsTheLineByLineOne() {
        var random = SystemRandomNumberGenerator()
        var seen = 0
        for round in 0..<3000 {
            let count = Int.random(in: 0...8, using: &random)
            var lines = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }
            if round % 3 == 0 { lines.insert("---", at: 0) }
            var text = lines.joined(separator: "\n")
            if Bool.random(using: &random) { text += "\n" }
            let expected = Self.reference(text)
            switch FrontMatter.parse(text, path: "c.md") {
            case .success(let matter):
                seen += 1
                #expect(expected?.body == matter.body, "\(text.debugDescription)")
                #expect(expected?.offset == matter.bodyLineOffset, "\(text.debugDescription)")
                // The YAML between the fences: its keys, in order, as Yams reads them.
                let keys: [String]
                if case .mapping(let mapping)? = try? Yams.compose(yaml: expected?.yaml ?? "", .basic) {
                    keys = mapping.map { $0.key.string ?? "" }
                } else {
                    keys = []
                }
                #expect(matter.fields.map(\.key) == keys, "\(text.debugDescription)")
            case .failure(let problem):
                // A file that splits but whose YAML is wrong fails later, in Yams: the split
                // itself is checked by the message.
                if problem.message.contains("does not start") || problem.message.contains("never closes") || problem.message.contains("is empty") {
                    #expect(expected == nil || text.allSatisfy(\.isWhitespace), "\(text.debugDescription): \(problem.message)")
                } else {
                    #expect(expected != nil, "\(text.debugDescription): \(problem.message)")
                }
            }
        }
        #expect(seen > 300)
    }

    /// Only aliases make front matter hold more values than its text spells out: a long
    /// list written out is read, the same count made by aliases is refused.
    @Test func onlyAliasesCountAgainstTheLimit() throws {
        let items = (0..<(YAMLSize.limit + 10)).map { "  - t\($0)" }.joined(separator: "\n")
        guard case .success(let matter) = FrontMatter.parse("---\ntitle: 长\ntags:\n\(items)\n---\n正文\n", path: "a.md") else {
            Issue.record("a long list written out was refused"); return
        }
        #expect(matter["tags"]?.sequence?.count == YAMLSize.limit + 10)
        let bomb = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n"
        guard case .failure(let problem) = FrontMatter.parse(bomb, path: "a.md") else {
            Issue.record("aliases that expand to more than 111,110 values were read"); return
        }
        #expect(problem.message.contains("expands to more than \(YAMLSize.limit) values"), "\(problem.message)")
    }
}
