/// What a summary is read in: `Character`s, or `Unicode.Scalar`s where each scalar of the
/// opening is a character of its own (`Summary.scalarsAreCharacters`), which then reads
/// as the characters would.
protocol SummaryUnit {
    /// The value of the one scalar; nil for a cluster of several. Every character a
    /// summary looks for is one scalar without a canonical decomposition, so a cluster is
    /// none of them (as `Character` equality would say).
    var soleScalar: UInt32? { get }
    /// `Character.isWhitespace`: whether the first scalar is white space.
    var isSpace: Bool { get }
    var utf8Width: Int { get }
    var character: Character { get }
}

extension Character: SummaryUnit {
    var soleScalar: UInt32? {
        var scalars = unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first.value
    }
    var isSpace: Bool { isWhitespace }
    var utf8Width: Int { utf8.count }
    var character: Character { self }
}

extension Unicode.Scalar: SummaryUnit {
    var soleScalar: UInt32? { value }
    var isSpace: Bool { properties.isWhitespace }
    var utf8Width: Int { UTF8.width(self) }
    var character: Character { Character(self) }
}
