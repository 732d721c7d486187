/// Automatic summaries: the opening of a text, cut at a sentence end.
///
/// A cut by character count alone ends mid-sentence (and, if done on bytes, mid-character);
/// readers of Chinese expect the summary to end at 。！？ as a sentence would.
public enum Summary {
    static let sentenceEnds: Set<Character> = ["。", "！", "？", ".", "!", "?", "…"]
    static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "\"", "'"]

    /// The first sentences of `text` that fit in `limit` characters, ending at the last
    /// sentence end (so trailing headings or list items are left out); when even the first
    /// sentence is longer, it is cut at the last word boundary within `limit` (anywhere
    /// between two Chinese characters, at a space in Latin text) and ends with "…".
    public static func make(from text: String, limit: Int = 120) -> String {
        // Only the opening is looked at: lines are joined until well past `limit`, not
        // for the whole text (Foundation's trimming of every line of every case was a
        // twentieth of a build).
        var flat = ""
        var characters = 0
        // Line by line as far as needed: `split` would cut the whole text first.
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            let trimmed = trimmed(line)
            guard !trimmed.isEmpty else { continue }
            if !flat.isEmpty { flat += " "; characters += 1 }
            flat += trimmed
            characters += trimmed.count
            if characters > limit + 64 { break }
        }
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
        if let lastEnd { return String(trimmed(flat[..<lastEnd])) }
        // No sentence end within the limit: a short text is whole, a long one is cut.
        if index == flat.endIndex { return flat }
        let cut = wordBoundary(in: flat, before: index)
        var head = flat[..<cut]
        // `…, Xiunu` cut to `…,` reads better as `…`.
        while let last = head.last, last == " " || pausePunctuation.contains(last) { head.removeLast() }
        return String(head) + "…"
    }

    /// Without the spaces and tabs at both ends (a line has no line breaks left).
    static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }

    static let pausePunctuation: Set<Character> = [",", ";", ":", "，", "；", "：", "、"]

    /// Where to cut before `index` so no word is split: a cut inside a Latin word moves
    /// back to the last space (or CJK character) before it. Han and kana have no spaces,
    /// so a cut between two of them is already at a boundary. A single word longer than
    /// the limit is cut where it is, as nothing earlier would be left.
    static func wordBoundary(in text: String, before index: String.Index) -> String.Index {
        guard index > text.startIndex, index < text.endIndex else { return index }
        let before = text[text.index(before: index)], after = text[index]
        guard isWordPart(before), isWordPart(after) else { return index }
        var cut = text.index(before: index)
        while cut > text.startIndex, isWordPart(text[text.index(before: cut)]) { cut = text.index(before: cut) }
        return cut == text.startIndex ? index : cut
    }

    /// A letter, digit or joiner of a word written with spaces between words.
    static func isWordPart(_ char: Character) -> Bool {
        guard let scalar = char.unicodeScalars.first else { return false }
        if scalar.properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value) { return false }
        return char.isLetter || char.isNumber || char == "-" || char == "'" || char == "’" || char == "_"
    }
}

