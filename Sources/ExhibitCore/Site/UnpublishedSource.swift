/// Why a Markdown file of content/ has no page in this build, for a link that names it:
/// "leads to no case, page or file" would send the editor looking for a mistyped path
/// when the file is there.
public enum UnpublishedSource: Sendable, Equatable {
    /// `draft: true`, in a build without `--drafts`.
    case draft
    /// Not yet reviewed, in a build that leaves such cases out (`--reviewed-only`,
    /// `require_review: true`).
    case awaitingReview
    /// It could not be read as a case or page (its front matter, or a value in it, is in
    /// error): the file's own error says what to fix, and the link works once it is fixed.
    case unreadable

    /// The unpublished Markdown files of a build, by site-relative path: those of `tree`
    /// that no published case or page came from. A case left out is a draft, or (drafts
    /// built, or not a draft) one left out for want of a review.
    static func find(tree: SourceTree, cases allCases: [Case], pages allPages: [FreePage],
                     published: Set<String>, includeDrafts: Bool) -> [String: UnpublishedSource] {
        var found: [String: UnpublishedSource] = [:]
        let read = Set(allCases.map(\.sourcePath)).union(allPages.map(\.sourcePath))
        for path in tree.cases.map(\.path) + tree.pages.map(\.path) where !read.contains(path) { found[path] = .unreadable }
        for c in allCases where !published.contains(c.sourcePath) {
            found[c.sourcePath] = c.draft && !includeDrafts ? .draft : .awaitingReview
        }
        for p in allPages where !published.contains(p.sourcePath) { found[p.sourcePath] = .draft }
        return found
    }

    /// What a link to such a file is told, and how to mend it.
    func linkProblem(_ destination: String) -> (message: String, fix: String)? {
        switch self {
        case .unreadable:
            return nil
        case .draft:
            return ("the link `\(destination)` leads to a draft (`draft: true`), which is not published: on the site the link would lead nowhere",
                    "publish it by deleting `draft: true` from its front matter, or remove the link until it is; `exhibit serve --drafts` shows drafts while you write")
        case .awaitingReview:
            return ("the link `\(destination)` leads to a case not yet reviewed, which this build leaves out: on the site the link would lead nowhere",
                    "add `review: {by: 姓名, on: 2024-06-20}` to that case once it is reviewed, or remove the link until it is")
        }
    }
}
