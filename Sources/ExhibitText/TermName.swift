#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// The bytes compared by `memcmp`: `elementsEqual` on the two buffers went through the
    /// generic sequence path, 530 instructions a comparison, 31,000 of them at 1,000 cases.
    public static func == (a: TermName, b: TermName) -> Bool {
        a.text.withBytes { p in
            b.text.withBytes { q in
                p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
            }
        }
    }
}
