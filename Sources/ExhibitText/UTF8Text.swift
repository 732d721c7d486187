/// Text kept as the UTF-8 bytes it was made of, for text that is only ever read as bytes.
///
/// A body's plain text is made of cmark-gfm's text nodes (valid UTF-8: cmark replaces any
/// invalid sequence of its input, itself a `String`, with U+FFFD) and is then only read
/// as bytes: counted for the reading time, scanned for search tokens, cut for the search
/// excerpt, and its first lines for the summary. Made into a `String` it was checked
/// again, byte by byte, for nothing: 1.1 % of a 1,000-case build's instructions. A
/// `String` is made only where one is needed (`string`, a summary's opening).
public struct UTF8Text: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let bytes: [UInt8]

    /// Bytes the caller knows are valid UTF-8 (from a `String`, or cmark's output of one):
    /// they are not checked.
    public init(validUTF8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ string: String) {
        bytes = Array(string.utf8)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
    public var description: String { string }
    public var isEmpty: Bool { bytes.isEmpty }

    @inlinable @inline(__always)
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer(body)
    }
}
