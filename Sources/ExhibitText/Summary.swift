/// Automatic summaries: the opening of a text, cut at a sentence end.
///
/// A cut by character count alone ends mid-sentence (and, if done on bytes, mid-character);
/// readers of Chinese expect the summary to end at 。！？ as a sentence would.
public enum Summary {
    static let sentenceEnds: Set<Character> = ["。", "！", "？", ".", "!", "?", "…"]
    static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "\"", "'"]

    /// The first sentences of `text` that fit in `limit` characters, ending at the last
    /// sentence end (so trailing headings or list items are left out); when even the first
    /// sentence is longer, it is cut at `limit` and ends with "…".
    public static func make(from text: String, limit: Int = 120) -> String {
        let flat = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        var lastEnd: String.Index?
        var index = flat.startIndex
        var count = 0
        while index < flat.endIndex && count < limit {
            let char = flat[index]
            var next = flat.index(after: index)
            if sentenceEnds.contains(char) {
                // A sentence end followed by closing quotes keeps them: 他说：“好。”
                while next < flat.endIndex && closers.contains(flat[next]) { next = flat.index(after: next) }
                // "3.5" and "e.g." are not sentence ends: ASCII '.' must be followed by a space.
                if char != "." || next == flat.endIndex || flat[next] == " " { lastEnd = next }
            }
            index = next
            count += 1
        }
        if let lastEnd { return String(flat[..<lastEnd]).trimmingCharacters(in: .whitespaces) }
        // No sentence end within the limit: a short text is whole, a long one is cut.
        if index == flat.endIndex { return flat }
        return String(flat[..<index]).trimmingCharacters(in: .whitespaces) + "…"
    }
}

import Foundation
