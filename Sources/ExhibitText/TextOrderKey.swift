/// What a sort keeps of a text to put it in `String`'s order (`<`) without reading it
/// most of the time: its first eight bytes (`ByteWord.sortPrefix`) and whether it is
/// composed by how it is made (`isKnownComposed`, which Chinese text nearly always is).
/// Between two such texts, the order of their bytes is `String`'s, so a sort compares
/// these keys side by side in one array and reads the texts (each somewhere in the heap)
/// only where the eight bytes tie; `String`'s own comparison, through Unicode
/// normalisation, is left for texts that are not known composed. The cases' list order
/// and the timeline's events sort by it.
public struct TextOrderKey: Sendable {
    public let prefix: UInt64
    public let isComposed: Bool

    public init(_ text: String) {
        isComposed = text.isKnownComposed
        prefix = text.withBytes { ByteWord.sortPrefix($0) }
    }

    /// Below 0, 0 or above 0 as the text of `x` comes before, is equal to (canonically,
    /// as `==` has it) or comes after the text of `y`; `texts` gives both texts, and is
    /// called only when the keys cannot tell.
    @inline(__always)
    public static func order(_ x: TextOrderKey, _ y: TextOrderKey, texts: () -> (String, String)) -> Int {
        if x.isComposed && y.isComposed {
            if x.prefix != y.prefix { return x.prefix < y.prefix ? -1 : 1 }
            let (a, b) = texts()
            return a.byteOrder(b)
        }
        let (a, b) = texts()
        return a == b ? 0 : a < b ? -1 : 1
    }
}
