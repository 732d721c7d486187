import ExhibitText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text of a source file as an editor meant it: UTF-8 without BOM, `\n` line ends,
/// and no character `InvisibleCharacters` forbids. What is parsed from it (a case's or a
/// page's body) is clean too, so the Markdown renderer need not look again.
///
/// Editors on Windows still save GBK/GB18030 by default, and partners in Taiwan and Hong
/// Kong save Big5; such a file is decoded (through the C library's iconv, since Foundation
/// on Linux has neither decoder) and the caller warns the editor to re-save it as UTF-8.
struct SourceText: Sendable, Equatable {
    enum Encoding: Sendable, Equatable { case utf8, gb18030, big5 }

    var text: String
    var encoding: Encoding
    /// The first control character or noncharacter that was left out of `text`, where
    /// it stood: the editor is told, since it is invisible in most editors.
    var removed: (scalar: Unicode.Scalar, line: Int, column: Int)?

    /// nil when the bytes are neither UTF-8 nor GB18030.
    init?(bytes: [UInt8]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let utf8 = String(validating: body, as: UTF8.self) {
            text = Self.normalizingNewlines(utf8)
            encoding = .utf8
        } else if Self.looksLikeBig5(body), let big5 = Self.decode(Array(body), from: "BIG5-HKSCS") {
            text = Self.normalizingNewlines(big5)
            encoding = .big5
        } else if let gb = Self.decode(Array(body), from: "GB18030") {
            text = Self.normalizingNewlines(gb)
            encoding = .gb18030
        } else {
            return nil
        }
        if let first = InvisibleCharacters.first(in: text) {
            removed = first
            text = InvisibleCharacters.removing(from: text)
        }
    }

    static func == (a: SourceText, b: SourceText) -> Bool {
        a.text == b.text && a.encoding == b.encoding
    }

    static func normalizingNewlines(_ text: String) -> String {
        // memchr over the bytes: `utf8.contains` steps through them one index at a time,
        // 0.5 % of a 10,000-case build for files that nearly never hold a CR.
        let hasReturn = text.withBytes { $0.offset(of: 13) != nil }
        guard hasReturn else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The 1-based line and column of the first byte that is not valid UTF-8, to point an
    /// editor at it.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid = length > 0 && i + length <= bytes.count
                && bytes[(i + 1)..<(i + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            if !valid {
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
                return (line, column)
            }
            if b == 10 { line += 1; lineStart = i + 1 }
            i += length
        }
        return (line, 1)
    }

    /// Whether two-byte text is Big5 rather than GBK. Nearly every Big5 file also decodes
    /// as GB18030, into nonsense, and much GBK text decodes as Big5, so the bytes decide.
    /// Chinese prose is full of punctuation, and the two encodings put it in different
    /// places: Big5's ，。、：；！？（）「」 are 0xA140–0xA17E, a range GBK leaves to private
    /// use, while GBK's are 0xA1A1–0xA1FE and 0xA3A1–0xA3FE, symbols Big5 prose hardly
    /// uses. Without punctuation, Big5 is recognised by its share of second bytes in
    /// 0x40–0x7E (about 40 % of Big5 text; in GBK text only the rarer extension characters,
    /// such as 镕 or 玥 in names, have them). Bytes that Big5 never has (second bytes
    /// 0x7F–0xA0, GB18030's four-byte sequences) settle it at once.
    static func looksLikeBig5(_ bytes: ArraySlice<UInt8>) -> Bool {
        var pairs = 0, lowTrail = 0, big5Punctuation = 0, gbPunctuation = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let lead = bytes[i]
            guard lead >= 0x80 else { i += 1; continue }
            // Big5-HKSCS leads run from 0x87; a lead byte of 0xFF is in neither.
            guard lead >= 0x87, lead <= 0xFE, i + 1 < bytes.endIndex else { return false }
            let trail = bytes[i + 1]
            if (0x40...0x7E).contains(trail) {
                lowTrail += 1
                if lead == 0xA1 { big5Punctuation += 1 }
            } else if (0xA1...0xFE).contains(trail) {
                if lead == 0xA1 || lead == 0xA3 { gbPunctuation += 1 }
            } else {
                return false
            }
            pairs += 1
            i += 2
        }
        if big5Punctuation + gbPunctuation > 0 { return big5Punctuation > gbPunctuation }
        return pairs > 0 && lowTrail * 10 >= pairs * 3
    }

    private static func decode(_ bytes: [UInt8], from encoding: String) -> String? {
        #if canImport(Glibc)
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 3 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if result == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written else { return nil }
        let decoded = String(validating: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Random binary also "decodes" as GB18030 or Big5 now and then; real Chinese text
        // is mostly CJK, so demand that before believing it.
        guard let decoded, Self.looksLikeText(decoded) else { return nil }
        return decoded
        #else
        return nil
        #endif
    }

    private static func looksLikeText(_ s: String) -> Bool {
        var controls = 0, total = 0
        for scalar in s.unicodeScalars {
            total += 1
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" { controls += 1 }
            if (0xE000...0xF8FF).contains(scalar.value) { controls += 1 }  // private use
        }
        return total > 0 && controls * 50 < total
    }
}
