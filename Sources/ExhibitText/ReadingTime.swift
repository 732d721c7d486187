/// How long a text takes to read, counted the way Chinese is read.
///
/// Word-based counters (Hugo, Zola) see a paragraph of Chinese as one "word" and report
/// a minute for any length. Here Han characters are counted one by one at
/// `hanPerMinute`, and runs of Latin letters or digits as words at `wordsPerMinute`,
/// so mixed text is measured segment by segment.
public struct ReadingTime: Sendable, Equatable {
    public static let hanPerMinute = 450
    public static let wordsPerMinute = 220

    /// Han characters (CJK ideographs) in the text.
    public let hanCharacters: Int
    /// Latin words: runs of letters and digits outside the Han ranges.
    public let latinWords: Int

    public init(_ text: String) {
        var han = 0
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if Self.isHan(scalar) {
                han += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        hanCharacters = han
        latinWords = words
    }

    /// Whole minutes, rounded up, at least one for any non-empty text.
    public var minutes: Int {
        let exact = Double(hanCharacters) / Double(Self.hanPerMinute)
            + Double(latinWords) / Double(Self.wordsPerMinute)
        if hanCharacters == 0 && latinWords == 0 { return 0 }
        return max(1, Int(exact.rounded(.up)))
    }

    /// CJK Unified Ideographs and their extensions, and compatibility ideographs.
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2EBEF,
             0x30000...0x3134F, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
