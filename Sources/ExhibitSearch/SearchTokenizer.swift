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

    // MARK: - Scanner

    /// Receives tokens as integers: Han characters as code points, adjacent pairs as
    /// `(first << 21) | second`, words as strings.
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

    /// Splits `text` into tokens, normalising it first: the text is scanned as it is until
    /// a scalar NFKC could change; only the stretch around that scalar between ASCII white
    /// space (a paragraph of Chinese prose, a word of Latin text) is then normalised and
    /// scanned, and the scan goes on after it. Tokens sent before that scalar are tokens
    /// of the NFKC text too (they were made of stable scalars, and no Han character or
    /// separator composes with what follows), so a sink that keeps distinct tokens ends
    /// with exactly the NFKC text's tokens. A space, tab or line break neither composes nor
    /// reorders with what is around it, so the NFKC of a text is that of its stretches
    /// between them, and no token spans one. Normalising the whole text instead, for one ³
    /// or ㎡ in a case of ten thousand characters (one case in seven of the example site),
    /// made that case's text through Foundation and scanned it twice.
    static func scan<S: Sink>(_ text: String, into sink: inout S) {
        text.withBytes { scan($0, into: &sink) }
    }

    /// `scan` of text kept as UTF-8.
    static func scan<S: Sink>(_ text: UTF8Text, into sink: inout S) {
        text.withBytes { scan($0, into: &sink) }
    }

    private static func scan<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        var from = 0
        while from < bytes.count {
            let rest = UnsafeBufferPointer(rebasing: bytes[from...])
            guard let unstable = scanUTF8(rest, into: &sink, stopAtUnstable: true) else { return }
            var start = unstable, end = unstable
            while start > 0 && !isASCIISpace(rest[start - 1]) { start -= 1 }
            while end < rest.count && !isASCIISpace(rest[end]) { end += 1 }
            let stretch = String(decoding: UnsafeBufferPointer(rebasing: rest[start..<end]), as: UTF8.self)
            stretch.precomposedStringWithCompatibilityMapping.withBytes { _ = scanUTF8($0, into: &sink) }
            from += end
        }
    }

    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
    }

    /// The scanner over UTF-8 bytes. Full-width ASCII is mapped here, so NFKC can be left
    /// out for text with no other unstable scalar. With `stopAtUnstable`, returns the offset
    /// of the first scalar outside `isStableScalar` (without ending the current word or Han
    /// run), or nil when the text was scanned to its end.
    @discardableResult
    static func scanUTF8<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S, stopAtUnstable: Bool = false) -> Int? {
        var i = 0
        let n = bytes.count
        var previousHan: UInt32 = 0
        var wordStart = -1  // byte offset of the current word, if any
        var wordIsPlainASCII = true  // no full-width or non-ASCII letters in it

        // A nested function that captured these variables kept them in boxes, and each of
        // its 1.5 million calls on a 1,000-case build (one per character that ends no
        // word, too) checked exclusive access to them at run time: 1.5 % of the build's
        // instructions. Passed in and out, they stay in registers.
        while i < n {
            let b0 = UInt32(bytes[i])
            // Han and stable (`ReadingTime.isHanLead`): sent without the checks below.
            if ReadingTime.isHanLead(UInt8(truncatingIfNeeded: b0)) {
                let v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                endWord(bytes, i, &wordStart, &wordIsPlainASCII, &sink)
                sink.han(v, previous: previousHan)
                previousHan = v
                i += 3
                continue
            }
            var v: UInt32
            var len: Int
            if b0 < 0x80 {
                v = b0; len = 1
            } else if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); len = 2
            } else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); len = 3
            } else {
                v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                len = 4
            }
            if stopAtUnstable && v >= 0x80 && !isStableScalar(v) { return i }
            if v >= 0xFF01 && v <= 0xFF5E {
                v -= 0xFEE0  // full-width ASCII, as NFKC maps it
                if isASCIIWordByte(v) { wordIsPlainASCII = false }
            }
            if v < 0x80 {
                if previousHan != 0 { sink.endOfHanRun(); previousHan = 0 }
                if isASCIIWordByte(v) {
                    if wordStart < 0 { wordStart = i }
                } else {
                    endWord(bytes, i, &wordStart, &wordIsPlainASCII, &sink)
                }
            } else if isHan(v) {
                endWord(bytes, i, &wordStart, &wordIsPlainASCII, &sink)
                sink.han(v, previous: previousHan)
                previousHan = v
            } else {
                if previousHan != 0 { sink.endOfHanRun(); previousHan = 0 }
                if isWordScalar(v) {
                    if wordStart < 0 { wordStart = i }
                    wordIsPlainASCII = false
                } else {
                    endWord(bytes, i, &wordStart, &wordIsPlainASCII, &sink)
                }
            }
            i += len
        }
        endWord(bytes, n, &wordStart, &wordIsPlainASCII, &sink)
        if previousHan != 0 { sink.endOfHanRun() }
        return nil
    }

    /// Sends the word that ends at `end` (if one began) to `sink`, and starts none. Asked
    /// before every Han character, which nearly never ends a word: the test is here, the
    /// sending (not inlined, being large) in `sendWord`, which was called 1.5 million
    /// times at 1,000 cases to return at once.
    @inline(__always)
    private static func endWord<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ wordStart: inout Int,
                                         _ wordIsPlainASCII: inout Bool, _ sink: inout S) {
        if wordStart >= 0 { sendWord(bytes, end, &wordStart, &wordIsPlainASCII, &sink) }
    }

    private static func sendWord<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ wordStart: inout Int,
                                          _ wordIsPlainASCII: inout Bool, _ sink: inout S) {
        if wordIsPlainASCII {
            sink.asciiWord(UnsafeBufferPointer(rebasing: bytes[wordStart..<end]))
        } else {
            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)
            var mapped = String.UnicodeScalarView()
            for scalar in raw.unicodeScalars {
                let v = scalar.value
                mapped.append(v >= 0xFF01 && v <= 0xFF5E ? Unicode.Scalar(v - 0xFEE0)! : scalar)
            }
            sink.word(String(mapped).lowercased())
        }
        wordStart = -1
        wordIsPlainASCII = true
    }

    @inline(__always)
    static func asciiLowercased(_ word: String) -> String {
        if !word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return word }
        return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
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
