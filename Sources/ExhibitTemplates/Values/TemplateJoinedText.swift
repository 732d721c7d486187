import ExhibitText

/// Text given to a template as pieces with one joiner between each two: a case's card
/// (`MarkedCard`, in ExhibitCore) with the page's root where its marker was.
///
/// The engine writes the pieces and joiners straight into the page. Joining them into one
/// `String` first, for every card on every page, only for the engine to copy that string
/// into the page, was 2 % of a 10,000-case build's CPU. To every other reader (a section
/// or transform on it, a dynamic partial, swift-mustache as the oracle, the template
/// check) it is the joined `String`: `TemplateValues` and
/// `TemplateLazyList.materialized` see to that.
///
/// A struct of two words and a half, held in place by an `Any` (see `TemplateValues`).
public struct TemplateJoinedText: Sendable, Equatable {
    /// The pieces as UTF-8 (`UTF8Text`): a card's pieces are cut from the bytes of its
    /// rendering, and made `String`s they were checked again byte by byte (0.45 % of a
    /// 1,000-case build's instructions) only to be written as bytes.
    public let pieces: [UTF8Text]
    public let joiner: String

    public init(pieces: [UTF8Text], joiner: String) {
        self.pieces = pieces
        self.joiner = joiner
    }

    public init(pieces: [String], joiner: String) {
        self.init(pieces: pieces.map { UTF8Text($0) }, joiner: joiner)
    }

    /// Text that is one piece.
    public init(_ text: String) {
        self.init(pieces: [UTF8Text(text)], joiner: "")
    }

    /// The pieces joined, as one `String`.
    public var string: String {
        guard pieces.count > 1 else { return pieces.first?.string ?? "" }
        var bytes = pieces[0].bytes
        bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.bytes.count } + (pieces.count - 1) * joiner.utf8.count)
        // By index: iterating a slice retained it and each piece.
        for i in 1..<pieces.count {
            bytes.append(contentsOf: joiner.utf8)
            bytes.append(contentsOf: pieces[i].bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Each piece and joiner in order, as UTF-8 (not a copy of them).
    func forEachPart(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !pieces.isEmpty else { return }
        pieces[0].withBytes(body)
        for i in 1..<pieces.count {
            joiner.withBytes(body)
            pieces[i].withBytes(body)
        }
    }
}
