/// What `InstructionReader` reads a template in: `Character`s, as swift-mustache does, or
/// `Unicode.Scalar`s when each character is one scalar (`InstructionParser.parse`). Each
/// question below has the same answer for a character of one scalar and that scalar.
protocol TemplateUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    /// `Character.isNewline`: LF, VT, FF, CR, CR LF, NEL, LS, PS.
    var isNewline: Bool { get }
    /// `Character.isWhitespace`: whether the first scalar is white space.
    var isWhitespace: Bool { get }
    /// The unit is CR LF, one character.
    var isCRLF: Bool { get }
    /// Its ASCII value when it is one ASCII scalar (`"\r\n"` is two, and none).
    var asciiByte: UInt8? { get }
    static func utf8(_ units: [Self]) -> [UInt8]
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: TemplateUnit {
    var isCRLF: Bool { self == "\r\n" }
    var asciiByte: UInt8? { utf8.count == 1 ? asciiValue : nil }
    static func utf8(_ units: [Character]) -> [UInt8] { Array(String(units).utf8) }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: TemplateUnit {
    var isNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
    var isWhitespace: Bool { properties.isWhitespace }
    var isCRLF: Bool { false }
    var asciiByte: UInt8? { isASCII ? UInt8(value) : nil }
    static func utf8(_ units: [Unicode.Scalar]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count)
        for unit in units { bytes.append(contentsOf: UTF8.encode(unit)!) }
        return bytes
    }
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        // Names are ASCII: their bytes are their scalars.
        if units.allSatisfy(\.isASCII) { return String(decoding: units.lazy.map { UInt8($0.value) }, as: UTF8.self) }
        // Encoded at once: a `String.UnicodeScalarView` appended to a scalar at a time grew
        // its storage and checked each one (most of the time `TemplateScanner` took).
        return String(decoding: utf8(Array(units)), as: UTF8.self)
    }
}
