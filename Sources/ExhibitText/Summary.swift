/// Automatic summaries: the opening of a text, cut at a sentence end.
///
/// A cut by character count alone ends mid-sentence (and, if done on bytes, mid-character);
/// readers of Chinese expect the summary to end at 。！？ as a sentence would.
public enum Summary {
    /// The first sentences of `text` that fit in `limit` characters, ending at the last
    /// sentence end (so trailing headings or list items are left out); when even the first
    /// sentence is longer, it is cut at the last word boundary within `limit` (anywhere
    /// between two Chinese characters, at a space in Latin text) and ends with "…".
    ///
    /// The opening is first read a scalar at a time, and kept when each of its scalars is a
    /// character of its own (`scalarsAreCharacters(_:)`), as in nearly all Chinese prose:
    /// finding the boundaries of Chinese characters through Unicode's segmentation rules
    /// was two thirds of the time summaries took. Only the lines the summary reads are
    /// looked at; an opening with another scalar is read again by `Character`. The tests
    /// compare both ways on the same texts.
    public static func make(from text: String, limit: Int = 120) -> String {
        let byScalar = opening(of: text, budget: limit + 64, scalarsAreCharacters: true)
        guard scalarsAreCharacters(byScalar) else { return make(from: text, limit: limit, scalarsAreCharacters: false) }
        return summary(Reader(byScalar, units: byScalar.unicodeScalars.makeIterator(), capacity: limit + 8), limit: limit)
    }

    /// `make(from:limit:)` of a text kept as UTF-8 (a body's plain text, thousands of
    /// characters): read from the bytes (`OpeningBytes`) when the opening's scalars are
    /// each a character of their own and its lines end in line feeds, as in nearly all
    /// Chinese prose; otherwise from the text as a `String`. The tests compare both.
    public static func make(from text: UTF8Text, limit: Int = 120) -> String {
        if let bytes = text.withBytes({ OpeningBytes($0, budget: limit + 64) }) { return summary(bytes, limit: limit) }
        return make(from: text.string, limit: limit)
    }

    /// `make`, reading `text` a scalar at a time or a `Character` at a time.
    static func make(from text: String, limit: Int, scalarsAreCharacters: Bool) -> String {
        let flat = opening(of: text, budget: limit + 64, scalarsAreCharacters: scalarsAreCharacters)
        return scalarsAreCharacters
            ? summary(Reader(flat, units: flat.unicodeScalars.makeIterator(), capacity: limit + 8), limit: limit)
            : summary(Reader(flat, units: flat.makeIterator(), capacity: limit + 8), limit: limit)
    }

    /// The summary of an opening, read in its units (its characters, or its scalars when
    /// each is a character of its own). Generic, so that the scalars are read as they are:
    /// made into `Character`s, each a string of its own, they cost 350 instructions
    /// apiece, a third of a summary's time.
    private static func summary<Opening: SummaryOpening>(_ opening: Opening, limit: Int) -> String {
        var reader = opening
        var lastEnd: Int?
        var index = 0
        var count = 0
        while count < limit, let unit = reader.at(index) {
            var next = index + 1
            if isSentenceEnd(unit) {
                // A sentence end followed by closing quotes keeps them: 他说：“好。”
                while let after = reader.at(next), isCloser(after) { next += 1 }
                // "3.5" and "e.g." are not sentence ends: ASCII '.' must be followed by a space.
                if unit.soleScalar != 0x2E || reader.at(next).map({ $0.soleScalar == 0x20 }) ?? true { lastEnd = next }
            }
            index = next
            count += 1
        }
        if let lastEnd {
            let kept = trimmed(reader.units[..<lastEnd])
            return reader.piece(kept.startIndex..<kept.endIndex)
        }
        // No sentence end within the limit: a short text is whole, a long one is cut.
        guard reader.at(index) != nil else { return reader.whole }
        let cut = wordBoundary(in: reader.units, before: index)
        var head = reader.units[..<cut]
        // `…, Xiunu` cut to `…,` reads better as `…`.
        while let last = head.last, last.soleScalar == 0x20 || isPause(last) { head.removeLast() }
        return reader.piece(0..<head.count) + "…"
    }

    /// An opening's units, taken as the reading needs them: walking a character boundary
    /// is the cost here, and `flat[i]` then `index(after: i)` walked each one twice. A
    /// struct, not closures over local variables: those were checked for exclusive access
    /// at run time on every character.
    private struct Reader<Units: IteratorProtocol>: SummaryOpening where Units.Element: SummaryUnit {
        let whole: String
        var iterator: Units
        var units: [Units.Element] = []
        /// Where each unit starts in `whole`'s UTF-8, and where the last one ends: the
        /// summary is cut from `whole`, not joined again from its units.
        var offsets = [0]

        init(_ flat: String, units: Units, capacity: Int) {
            whole = flat
            iterator = units
            self.units.reserveCapacity(capacity)
            offsets.reserveCapacity(capacity + 1)
        }

        mutating func at(_ i: Int) -> Units.Element? {
            while units.count <= i {
                guard let next = iterator.next() else { return nil }
                units.append(next)
                offsets.append(offsets[offsets.count - 1] + next.utf8Width)
            }
            return units[i]
        }

        func piece(_ range: Range<Int>) -> String {
            let utf8 = whole.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
            let end = utf8.index(start, offsetBy: offsets[range.upperBound] - offsets[range.lowerBound])
            return String(whole[start..<end])
        }
    }

    /// 。！？.!?…
    static func isSentenceEnd(_ unit: some SummaryUnit) -> Bool {
        switch unit.soleScalar {
        case 0x3002, 0xFF01, 0xFF1F, 0x2E, 0x21, 0x3F, 0x2026: true
        default: false
        }
    }

    /// Closing quotes and brackets: ”’」』）)"'
    static func isCloser(_ unit: some SummaryUnit) -> Bool {
        switch unit.soleScalar {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x22, 0x27: true
        default: false
        }
    }

    /// Pauses within a sentence: ,;:，；：、
    static func isPause(_ unit: some SummaryUnit) -> Bool {
        switch unit.soleScalar {
        case 0x2C, 0x3B, 0x3A, 0xFF0C, 0xFF1B, 0xFF1A, 0x3001: true
        default: false
        }
    }

    /// Without the spaces and tabs at both ends (a line has no line breaks left).
    static func trimmed<C: BidirectionalCollection>(_ text: C) -> C.SubSequence where C.Element: SummaryUnit {
        guard let first = text.firstIndex(where: { !$0.isSpace }),
              let last = text.lastIndex(where: { !$0.isSpace }) else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// Where to cut before `index` so no word is split: a cut inside a Latin word moves
    /// back to the last space (or CJK character) before it. Han and kana have no spaces,
    /// so a cut between two of them is already at a boundary. A single word longer than
    /// the limit is cut where it is, as nothing earlier would be left.
    static func wordBoundary<Unit: SummaryUnit>(in text: [Unit], before index: Int) -> Int {
        guard index > 0, index < text.count else { return index }
        guard isWordPart(text[index - 1].character), isWordPart(text[index].character) else { return index }
        var cut = index - 1
        while cut > 0, isWordPart(text[cut - 1].character) { cut -= 1 }
        return cut == 0 ? index : cut
    }

    /// A letter, digit or joiner of a word written with spaces between words.
    static func isWordPart(_ char: Character) -> Bool {
        guard let scalar = char.unicodeScalars.first else { return false }
        if scalar.properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value) { return false }
        return char.isLetter || char.isNumber || char == "-" || char == "'" || char == "’" || char == "_"
    }
}
