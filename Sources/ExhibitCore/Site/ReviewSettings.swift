/// What site.yaml says about review before publishing and the privacy checks:
/// `require_review: true`, `review: {flag_words: [...]}` and `privacy_ok: [...]`.
public struct ReviewSettings: Sendable, Equatable {
    /// `require_review: true`: only cases with `review: {by, on}` are published, as
    /// `build --reviewed-only` does for one build.
    public var requireReview = false
    /// `review.flag_words`: words the office wants to see before anything is published
    /// (names of people, 内部, 涉密 …); each use is a warning at its line.
    public var flagWords: [String] = []
    /// `privacy_ok:`: values the office has checked and allows (a published office
    /// telephone, a card number printed in a news story), compared without spaces and
    /// hyphens and ignoring case. In site.yaml, not in the case: the office, not the
    /// branch that wrote the case, decides what may be published.
    public var allowed: Set<String> = []

    public init() {}

    /// How a value is compared with `privacy_ok` (`138-1234-5678` is `13812345678`).
    static func normalized(_ value: String) -> String {
        String(value.lowercased().filter { $0 != " " && $0 != "-" })
    }

    func allows(_ value: String) -> Bool { allowed.contains(Self.normalized(value)) }
}
