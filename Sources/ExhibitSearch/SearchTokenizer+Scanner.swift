import ExhibitText
import Foundation

/// The scanner of `SearchTokenizer`: UTF-8 bytes to tokens, sent to a `Sink`, with NFKC
/// made only where a character could change under it.
extension SearchTokenizer {
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
            // Han and stable (`ReadingTime.startsHan`): sent without the checks below.
            if ReadingTime.startsHan(bytes, at: i) {
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
}
