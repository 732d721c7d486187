/// A tag or an organization, with the cases that carry it (indices into the site's
/// cases, newest first).
public struct Term: Sendable, Equatable {
    public var name: String
    public var slug: String
    public var cases: [Int]
}
