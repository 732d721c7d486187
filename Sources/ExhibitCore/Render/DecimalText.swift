/// Dates written digit by digit into UTF-8: the date of every case page, card, booklet
/// page, timeline entry and export is made here, and through string interpolation each
/// was 1,700 (`2024-06-18`) to 4,400 (`2024年6月18日`) instructions.
struct DecimalText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 16) { bytes.reserveCapacity(capacity) }

    /// `n` in decimal, its digits with zeros before them to `width` (after the sign of a
    /// negative number, which no date read from content has).
    mutating func append(_ number: Int, width: Int = 1) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        let n = number.magnitude
        var digits = 1, rest = n
        while rest >= 10 { rest /= 10; digits += 1 }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        let start = bytes.count
        // Room for the digits a byte at a time: `append(contentsOf: repeatElement(…))` went
        // through the generic sequence path, 95 instructions a number, 62,000 numbers.
        for _ in 0..<digits { bytes.append(0) }
        rest = n
        for i in (start..<start + digits).reversed() {
            bytes[i] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
