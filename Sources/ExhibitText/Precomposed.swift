import Foundation

extension String {
    /// The text in Unicode's composed form (NFC), as Foundation's
    /// `precomposedStringWithCanonicalMapping` gives it, without asking Foundation when
    /// the text is already composed by how it is made: every scalar below U+0300 (ASCII,
    /// Latin-1 and Latin Extended, which NFC keeps and which compose only with a mark
    /// after them, and every such mark is U+0300 or above) or a CJK unified ideograph
    /// (U+4E00…U+9FFF, which never decompose or compose). A case's tags, mostly Chinese,
    /// went through Foundation one by one, 0.5 % of a build's instructions.
    /// `PrecomposedTests` compares the two on generated texts.
    public var precomposed: String {
        if unicodeScalars.allSatisfy({ $0.value < 0x300 || ($0.value >= 0x4E00 && $0.value <= 0x9FFF) }) { return self }
        return precomposedStringWithCanonicalMapping
    }
}
