/// `review: {by: 党委宣传部, on: 2024-06-20}`: who checked a case before publishing, and
/// when. With `require_review: true` or `build --reviewed-only` only such cases are built.
public struct CaseReview: Sendable, Equatable {
    public var by: String
    public var on: CaseDate
}
