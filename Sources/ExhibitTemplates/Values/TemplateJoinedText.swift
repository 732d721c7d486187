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
    public let pieces: [String]
    public let joiner: String

    public init(pieces: [String], joiner: String) {
        self.pieces = pieces
        self.joiner = joiner
    }

    /// Text that is one piece.
    public init(_ text: String) {
        self.init(pieces: [text], joiner: "")
    }

    /// The pieces joined, as one `String`.
    public var string: String {
        guard pieces.count > 1 else { return pieces.first ?? "" }
        var text = pieces[0]
        text.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count } + (pieces.count - 1) * joiner.utf8.count)
        // By index: iterating a slice retained it and each piece.
        for i in 1..<pieces.count {
            text += joiner
            text += pieces[i]
        }
        return text
    }

    /// Each piece and joiner in order, as `String`s (not a copy of them).
    func forEachPart(_ body: (String) -> Void) {
        guard !pieces.isEmpty else { return }
        body(pieces[0])
        for i in 1..<pieces.count {
            body(joiner)
            body(pieces[i])
        }
    }
}
