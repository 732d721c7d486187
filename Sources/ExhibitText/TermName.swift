/// A tag or organization name (or any text in NFC) as a dictionary key, hashed and
/// compared by its UTF-8 bytes.
///
/// Swift hashes and compares non-ASCII strings through Unicode normalisation, every time.
/// Resolving a 10,000-case site looks tag names up some 90,000 times (terms, related
/// cases, the related cache), and with plain `String` keys that was most of a `serve`
/// rebuild after a tag edit. CaseParser stores term names in NFC, so comparing bytes gives
/// what comparing by normalisation would.
public struct TermName: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public func hash(into hasher: inout Hasher) {
        self.text.withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The bytes compared (`hasSameBytes`).
    public static func == (a: TermName, b: TermName) -> Bool {
        a.text.hasSameBytes(as: b.text)
    }
}
