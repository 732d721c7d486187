import ExhibitText

/// Bytes of a JSON document, written in a fixed order (the caller writes keys sorted).
struct JSONBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func raw(_ byte: UInt8) { bytes.append(byte) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"key":`
    mutating func key(_ name: StaticString) {
        raw(0x22); raw(name); raw(0x22); raw(0x3A)
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything
    /// else (Chinese included) as UTF-8.
    mutating func string(_ text: String) {
        text.withBytes { string(utf8: $0) }
    }

    mutating func string(utf8 source: UnsafeBufferPointer<UInt8>) {
        raw(0x22)
        JSONString.append(source, to: &bytes, escapingLessThan: false)
        raw(0x22)
    }

    /// The escaped form of a quote, backslash or control character.
    mutating func escape(_ byte: UInt8) { JSONString.appendEscape(byte, to: &bytes) }

    mutating func strings(_ list: [String]) {
        raw(0x5B)
        for (i, item) in list.enumerated() {
            if i > 0 { raw(0x2C) }
            string(item)
        }
        raw(0x5D)
    }
}
