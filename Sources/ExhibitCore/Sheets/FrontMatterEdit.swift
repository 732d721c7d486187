/// Changes some top-level entries of a file's front matter and keeps every other line
/// as it was: the other keys, comments, blank lines and the body. Line-based, not a YAML
/// round trip, because Yams would drop the comments an office writes in a case.
enum FrontMatterEdit {
    /// `text` with each key of `changes` set to its entry (YAML text, possibly several
    /// lines) or removed (nil); nil when the file has no front matter.
    static func apply(_ text: String, changes: [String: String?]) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The fences as the build reads them (`FenceLines`: spaces or tabs around them).
        guard let first = lines.first, FenceLines.isFence(first[...], "---"),
              let close = lines.closingFence(after: 0) else { return nil }
        // Each top-level entry: from its `key:` line to the next line that starts at the
        // left margin (another key, a comment) or the closing fence.
        var ranges: [String: Range<Int>] = [:]
        var i = 1
        while i < close {
            guard let key = topLevelKey(lines[i]) else { i += 1; continue }
            var j = i + 1
            while j < close, lines[j].isEmpty || lines[j].first == " " || lines[j].first == "\t" { j += 1 }
            // Blank lines after an entry stay with the file, not with the entry.
            var end = j
            while end > i + 1, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty { end -= 1 }
            ranges[key] = i..<end
            i = j
        }
        var additions: [String] = []
        for (key, entry) in changes.sorted(by: { $0.key < $1.key }) where ranges[key] == nil {
            if let entry { additions.append(entry) }
        }
        // Replace from the bottom up so that the ranges above stay right.
        for (key, range) in ranges.sorted(by: { $0.value.lowerBound > $1.value.lowerBound }) {
            guard let change = changes[key] else { continue }
            lines.replaceSubrange(range, with: change.map { [$0] } ?? [])
        }
        let fence = lines.closingFence(after: 0) ?? close
        lines.insert(contentsOf: additions, at: fence)
        return lines.joined(separator: "\n")
    }

    /// `title` for `title: 苹果`; nil for an indented line, a comment or a list item.
    static func topLevelKey(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":"), let first = line.first, first.isLetter || first == "_" else { return nil }
        let key = line[..<colon]
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return String(key)
    }
}

private extension Array where Element == String {
    func closingFence(after start: Int) -> Int? {
        self[(start + 1)...].firstIndex { FenceLines.isFence($0[...], "---") || FenceLines.isFence($0[...], "...") }
    }
}
