import ExhibitText
import ExhibitTemplates
import Synchronization

/// Renders each case's card (`partials/case-card`) once, like Hugo's `partialCached`, and
/// keeps only the HTML (see `Card`). A case's card is the same on every list but for the
/// way to the site's root in its links (`../`, `../../`…), and lists, tags, organizations
/// and related cases show each card many times, at up to five depths. So the card is
/// rendered once with `rootMarker` as its root and the marker replaced by each page's
/// root: rendering it once per depth was a tenth of a 10,000-case build's CPU.
///
/// A root the marker cannot stand for (one HTML escapes, or one a `srcset` must
/// escape: a base path with a space) gets cards rendered for it. The first card of each
/// root is rendered both ways and compared: a theme's card that used its root otherwise
/// than in links (`{{#root}}`, `{{uppercased(url)}}`) gets cards rendered for each root.
final class CardRenderer: Sendable {
    static let template = "partials/case-card"
    /// Stands for the root while a card is rendered. Text never holds it: content and
    /// settings are cleaned of control characters where they are read (`InvisibleCharacters`).
    static let rootMarker = "\u{1}"

    private let theme: Theme
    private let strings: TemplateStrings
    private let site: TemplateAny
    /// A card's values and what the partial sees besides them, as on any page.
    private static let context = TemplateSchema(CardValues.schema.names + ["t", "site", "root"])
    /// Each case's card, with where the marker was, by the case's index.
    private let marked: IndexedMemo<MarkedCard>
    /// Cards rendered for one root: roots the marker cannot stand for.
    private let whole = Mutex<[Key: String]>([:])
    /// Whether the marker's card gave the card rendered for the root, by root: compared once
    /// (false too for a root the marker cannot stand for).
    private let agrees = Mutex<[String: Bool]>([:])

    struct Key: Hashable { var caseIndex: Int; var root: String }

    /// `site` is the `site` value every page has, encoded once; `cases` the number of
    /// cases whose cards may be asked for.
    init(theme: Theme, strings: TemplateStrings, site: Encoded<SiteValues>, cases: Int) {
        marked = IndexedMemo(count: cases)
        self.theme = theme
        self.strings = strings
        self.site = TemplateAny(site.templateValue)
    }

    /// The partial rendered with the card's values for a page whose root is `root`;
    /// `values(root)` gives them, with links made from that root. As pieces with the root
    /// between them, which the engine writes into the page without joining them first.
    func html(caseIndex: Int, root: String, values: (String) -> CardValues) -> TemplateJoinedText {
        switch agrees.withLock({ $0[root] }) {
        case true?:
            return joined(caseIndex, root, values)
        case false?:
            return TemplateJoinedText(wholeCard(caseIndex, root, values))
        case nil:
            // A root the marker cannot stand for is remembered as one whose cards are
            // rendered whole: asked of every card, the test of its bytes was 42 million
            // instructions at 10,000 cases.
            guard Self.canStandFor(root) else {
                agrees.withLock { $0[root] = false }
                return TemplateJoinedText(wholeCard(caseIndex, root, values))
            }
            let marked = joined(caseIndex, root, values)
            let rendered = wholeCard(caseIndex, root, values)
            agrees.withLock { $0[root] = marked.string == rendered }
            return TemplateJoinedText(rendered)
        }
    }

    private func joined(_ caseIndex: Int, _ root: String, _ values: (String) -> CardValues) -> TemplateJoinedText {
        marked.value(caseIndex) {
            MarkedCard(bytes: renderBytes(values(Self.rootMarker), root: Self.rootMarker))
        }.html(root: root)
    }

    private func wholeCard(_ caseIndex: Int, _ root: String, _ values: (String) -> CardValues) -> String {
        let key = Key(caseIndex: caseIndex, root: root)
        if let hit = whole.withLock({ $0[key] }) { return hit }
        let html = render(values(root), root: root)
        whole.withLock { $0[key] = html }
        return html
    }

    private func render(_ values: CardValues, root: String) -> String {
        String(decoding: renderBytes(values, root: root), as: UTF8.self)
    }

    /// The card's UTF-8, for `MarkedCard`, which makes each piece a `String` (a `String` of
    /// the whole card first checked every card's UTF-8 twice).
    private func renderBytes(_ values: CardValues, root: String) -> [UInt8] {
        // The partial sees `t`, `site` and `root` besides the card, as on any page.
        var context = values.record.extended(to: Self.context)
        context["t"] = strings
        context["site"] = site.templateValue
        context["root"] = root
        return theme.renderBytes(Self.template, context: context) ?? []
    }

    /// A root of `../` steps or a path of letters, digits and `/._-~`: HTML and `srcset`
    /// leave it as it is, so the marker can stand for it.
    /// Asked for every card of every page: the five marks as a switch, not looked up in a
    /// string's UTF-8 for each byte (1,250 instructions a root of `../../`).
    static func canStandFor(_ root: String) -> Bool {
        root.utf8.allSatisfy { b in
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "~"):
                return true
            default:
                return false
            }
        }
    }
}

/// A card rendered with `CardRenderer.rootMarker` as its root, as the text between the
/// markers. Split once at the marker's byte (an ASCII byte, so every piece is whole
/// UTF-8): splitting by `Character` cost as much as rendering the card. A page gets the
/// pieces with its root between them (`TemplateJoinedText`), which the engine writes
/// into the page: joining them into a `String` for each card on each page first was 2 %
/// of a 10,000-case build, and joining them as bytes checked the UTF-8 of every card on
/// every page again.
struct MarkedCard: Sendable {
    /// The card's text before the first marker, between two markers, and after the last.
    let pieces: [UTF8Text]

    /// The card of `bytes`, its UTF-8 (rendered from `String`s, so valid), cut at the
    /// marker's offsets: `split` on a string's UTF-8 view went through its generic index
    /// path, a tenth of the time spent on cards.
    init(bytes: [UInt8]) {
        let marker = CardRenderer.rootMarker.utf8.first!
        pieces = bytes.withUnsafeBufferPointer { bytes in
            var pieces: [UTF8Text] = []
            var start = 0
            while let i = bytes.offset(of: marker, from: start) {
                pieces.append(UTF8Text(validUTF8: Array(bytes[start..<i])))
                start = i + 1
            }
            pieces.append(UTF8Text(validUTF8: Array(bytes[start...])))
            return pieces
        }
    }

    /// The card with `root` where the marker was.
    func html(root: String) -> TemplateJoinedText {
        TemplateJoinedText(pieces: pieces, joiner: root)
    }
}
