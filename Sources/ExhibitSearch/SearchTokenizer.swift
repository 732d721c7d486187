import ExhibitText
import Foundation

/// How text becomes search tokens: the same rules here and in `search.js`.
///
/// 1. The text is NFKC-normalised (full-width `ＡＢＣ１２３` → `ABC123`, compatibility
///    ideographs → unified ones).
/// 2. Han characters (``ReadingTime/isHan(_:)``) give one token each (for one-character
///    queries) and one token for every pair of adjacent Han characters: `乡村振兴` → 乡, 村,
///    振, 兴, 乡村, 村振, 振兴. Every string of two or more Han characters that occurs in a
///    text is then found by AND-ing its bigrams, whatever the word boundaries.
/// 3. Runs of letters and decimal digits outside the Han ranges are words, lower-cased:
///    `IoT 5G` → `iot`, `5g`.
/// 4. Everything else (punctuation, spaces, symbols) separates tokens.
///
/// A query is split the same way, except that a Han run of two or more characters gives
/// only its bigrams (its single characters add nothing to an AND).
public enum SearchTokenizer {
    /// Version of these rules, written to `meta.json` as `tokenizer`.
    public static let version = 1

    /// The text the tokens are taken from: NFKC, with a fast path for text made only of
    /// characters NFKC leaves alone or turns into other separators (most Chinese prose).
    public static func normalize(_ text: String) -> String {
        let stable = text.withBytes { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 { i += 1; continue }
                if b0 >= 0xE0 && b0 < 0xF0 {
                    let v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    if !isStableScalar(v) { return false }
                    i += 3
                } else if b0 < 0xE0 {
                    let v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    if !isStableScalar(v) { return false }
                    i += 2
                } else {
                    return false  // outside the BMP: let NFKC decide
                }
            }
            return true
        }
        return stable ? text : text.precomposedStringWithCompatibilityMapping
    }

    /// The distinct tokens an indexed text yields, in order of first appearance.
    public static func indexTokens(_ text: String) -> [String] {
        var sink = StringSink(unigrams: true)
        scan(text, into: &sink)
        return sink.tokens
    }

    /// The distinct tokens of a query, in order of first appearance.
    public static func queryTokens(_ text: String) -> [String] {
        var sink = StringSink(unigrams: false)
        scan(text, into: &sink)
        sink.flushSingle()
        return sink.tokens
    }

    // MARK: - What the scanner (SearchTokenizer+Scanner.swift) sends, and the characters it tells apart

    /// Receives tokens as integers: Han characters as code points, adjacent pairs as
    /// `(first << 21) | second`; words as strings, a word of plain ASCII as its bytes.
    protocol Sink {
        mutating func han(_ scalar: UInt32, previous: UInt32)  // previous is 0 at a run's start
        mutating func endOfHanRun()
        /// A word, lower-cased.
        mutating func word(_ word: String)
        /// A word of ASCII letters and digits, as written (not lower-cased).
        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>)
    }

    /// Scalars NFKC maps to themselves, or (being separators) to other separators, so the
    /// tokens of a text made only of them do not depend on normalisation. Full-width
    /// ASCII (U+FF01…U+FF5E) is mapped by the scanner itself. Checked in the tests.
    @inline(__always)
    static func isStableScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return true }
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF,  // Han, no decompositions
             0x3000...0x3003, 0x3008...0x3011, 0x3014...0x301F,  // CJK punctuation
             0x2010...0x2027, 0x00A0, 0x00B7, 0x00D7,  // dashes, quotes, ellipsis, ·, ×
             0xFF01...0xFF5E:  // full-width ASCII
            return true
        default:
            return false
        }
    }

    /// ``ReadingTime/isHan(_:)``, inlined here (the tests check they agree).
    @inline(__always)
    static func isHan(_ v: UInt32) -> Bool {
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        if v < 0x3400 { return false }
        return (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF) || (v >= 0x2A700 && v <= 0x2EBEF)
            || (v >= 0x30000 && v <= 0x3134F) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x2F800 && v <= 0x2FA1F)
    }

    /// Whether a non-ASCII, non-Han scalar is part of a word: a letter (Alphabetic) or a
    /// decimal digit. Common punctuation is answered without the property tables.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0x00A0...0x00A9, 0x00AB...0x00B4,
             0x00B6...0x00B9, 0x00BB...0x00BF, 0x00D7, 0x00F7:
            return false
        default:
            guard let scalar = Unicode.Scalar(v) else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
        }
    }

    @inline(__always)
    static func isASCIIWordByte(_ b: UInt32) -> Bool {
        (b &- 0x30) < 10 || ((b | 0x20) &- 0x61) < 26
    }

    /// Collects tokens as strings (for tests and queries).
    struct StringSink: Sink {
        let unigrams: Bool
        var tokens: [String] = []
        var seen: Set<String> = []
        var runLength = 0
        var firstOfRun: UInt32 = 0

        init(unigrams: Bool) { self.unigrams = unigrams }

        mutating func add(_ token: String) {
            if seen.insert(token).inserted { tokens.append(token) }
        }

        mutating func han(_ scalar: UInt32, previous: UInt32) {
            if previous == 0 { runLength = 0; firstOfRun = scalar }
            runLength += 1
            if unigrams { add(String(Unicode.Scalar(scalar)!)) }
            if previous != 0 {
                var pair = String(Unicode.Scalar(previous)!)
                pair.unicodeScalars.append(Unicode.Scalar(scalar)!)
                add(pair)
            }
        }

        mutating func endOfHanRun() {
            flushSingle()
        }

        /// A query's one-character Han run is searched as that character.
        mutating func flushSingle() {
            if !unigrams && runLength == 1 { add(String(Unicode.Scalar(firstOfRun)!)) }
            runLength = 0
        }

        mutating func word(_ word: String) { add(word) }

        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>) {
            add(asciiLowercased(String(decoding: bytes, as: UTF8.self)))
        }
    }
}
