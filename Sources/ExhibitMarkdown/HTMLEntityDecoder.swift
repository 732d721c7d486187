/// Decodes the character references a browser would decode in an attribute value, as far
/// as they matter for spotting a script URL: numeric references (with or without `;`, any
/// number of leading zeros) and the named ones that spell separators.
enum HTMLEntityDecoder {
    private static let named: [String: String] = [
        "Tab": "\t", "NewLine": "\n", "colon": ":", "lpar": "(", "rpar": ")", "sol": "/",
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": "\u{A0}",
        "period": ".", "semi": ";", "equals": "=", "excl": "!", "num": "#", "percnt": "%",
    ]

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var output = String.UnicodeScalarView()
        var index = bytes.startIndex
        let end = bytes.endIndex
        // Raw bytes that are not references, decoded as UTF-8 once they are complete.
        var pending: [UInt8] = []
        func flush() {
            output.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
            pending.removeAll(keepingCapacity: true)
        }
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                pending.append(byte)
                index += 1
                continue
            }
            if let (scalar, next) = numericReference(bytes, at: index) {
                flush()
                output.append(scalar)
                index = next
            } else if let (text, next) = namedReference(bytes, at: index) {
                flush()
                output.append(contentsOf: text.unicodeScalars)
                index = next
            } else {
                pending.append(byte)
                index += 1
            }
        }
        flush()
        return String(output)
    }

    /// `&#106;`, `&#x6A`, `&#0000106;` → the scalar and the index after the reference.
    private static func numericReference(_ bytes: ArraySlice<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "#") else { return nil }
        index += 1
        var radix: UInt32 = 10
        if index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: "x") {
            radix = 16
            index += 1
        }
        var value: UInt32 = 0
        var digits = 0
        while index < bytes.endIndex, let digit = digitValue(bytes[index], radix: radix) {
            // Saturate instead of overflowing; anything past U+10FFFF is invalid anyway.
            value = min(value &* radix &+ digit, 0x11_0000)
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ";") { index += 1 }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", index)
    }

    private static func namedReference(_ bytes: ArraySlice<UInt8>, at start: Int) -> (String, Int)? {
        var index = start + 1
        while index < bytes.endIndex, index - start <= 10, isASCIIAlphanumeric(bytes[index]) { index += 1 }
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ";"), index > start + 1 else { return nil }
        let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
        guard let text = named[name] else { return nil }
        return (text, index + 1)
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
