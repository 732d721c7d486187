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
        (hanCharacters, latinWords) = text.withBytes(Self.count)
    }

    public init(_ text: UTF8Text) {
        (hanCharacters, latinWords) = text.withBytes(Self.count)
    }

    /// Han characters and words of UTF-8 text, decoded here a byte at a time: through
    /// `unicodeScalars` the count was 1.3 % of a 1,000-case build's instructions, and is
    /// 1.1 % so (ASCII answered without decoding; most of what is left is the test for
    /// Han). The text is a `String`'s or a `UTF8Text`'s, so its UTF-8 is valid.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (han: Int, words: Int) {
        var han = 0, words = 0
        // The table read once: a `static let` read in the loop is a `swift_once` call for
        // each punctuation mark (a tenth of this function's instructions).
        let alphabetic = alphabeticBlocks
        var inWord = false
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 {
                // ASCII: a letter or digit continues a word.
                let letter = (lead &- 0x30) < 10 || ((lead | 0x20) &- 0x61) < 26
                if letter && !inWord { words += 1 }
                inWord = letter
                i += 1
                continue
            }
            if startsHan(bytes, at: i) {
                han += 1
                inWord = false
                i += 3
                continue
            }
            var value: UInt32
            if lead < 0xE0 {
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                value = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            }
            let scalar = Unicode.Scalar(value).unsafelyUnwrapped
            if isHan(scalar) {
                han += 1
                inWord = false
            } else if isWordScalarBesidesHan(scalar, alphabetic) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return (han, words)
    }

    /// Whole minutes, rounded up, at least one for any non-empty text.
    public var minutes: Int {
        let exact = Double(hanCharacters) / Double(Self.hanPerMinute)
            + Double(latinWords) / Double(Self.wordsPerMinute)
        if hanCharacters == 0 && latinWords == 0 { return 0 }
        return max(1, Int(exact.rounded(.up)))
    }

    /// A letter or digit; ASCII answered without the Unicode property tables, which were
    /// most of the count's time on Latin text, and the rest of the Basic Multilingual
    /// Plane (Chinese punctuation, full-width forms) from a bit table made from them
    /// (`AlphabeticBlocks`), since looking up the property for every `，` and `。` was
    /// 0.5 % of a build's CPU.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isHan(scalar) ? scalar.properties.isAlphabetic : isWordScalarBesidesHan(scalar, alphabeticBlocks)
    }

    @inline(__always)
    private static func isWordScalarBesidesHan(_ scalar: Unicode.Scalar, _ alphabetic: AlphabeticBlocks) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        if value < 0x10000 { return alphabetic.contains(value) }
        return scalar.properties.isAlphabetic
    }

    /// `isAlphabetic` of the Basic Multilingual Plane, made a block at a time as texts ask.
    private static let alphabeticBlocks = AlphabeticBlocks()

    /// Whether a UTF-8 lead byte starts a character of U+5000 to U+9FFF (leads 0xE5 to
    /// 0xE9), all Han (CJK Unified Ideographs): nearly every character of Chinese text,
    /// told without decoding it.
    @inlinable @inline(__always)
    public static func isHanLead(_ byte: UInt8) -> Bool { byte &- 0xE5 < 5 }

    /// Whether the character at `i` of valid UTF-8 is Han and one of U+4000 to U+9FFF,
    /// told from its first two bytes without decoding it: a lead of 0xE5 to 0xE9
    /// (`isHanLead`), or 0xE4 (U+4000…U+4FFF: the end of Extension A and the first Unified
    /// Ideographs, 不 中 人 们 会 作…, a tenth of the Han of Chinese text) save for the Yijing
    /// hexagrams U+4DC0…U+4DFF, whose second byte is 0xB7. Decoded and looked up, those
    /// characters were most of what the counts spent outside ASCII and the fast path.
    @inlinable @inline(__always)
    public static func startsHan(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = bytes[i]
        return isHanLead(lead) || (lead == 0xE4 && bytes[i + 1] != 0xB7)
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
