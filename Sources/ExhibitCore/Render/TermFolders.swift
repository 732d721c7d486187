import ExhibitText

/// The folder of each category's, tag's and organization's list (`categories/research/`,
/// `tags/<slug>/`): named here, and made once a build for the links to them, as every
/// link on every page (a case's category, tags and organization, and every card's) made
/// it anew by interpolation, about 1,000 instructions a link.
struct TermFolders: Sendable {
    static func category(_ id: String) -> String { "categories/\(id)/" }
    static func tag(_ slug: String) -> String { "tags/\(slug)/" }
    static func organization(_ slug: String) -> String { "organizations/\(slug)/" }

    /// By the category's place in site.yaml's `categories`.
    let categories: [String]
    let tags: [TermName: String]
    let organizations: [TermName: String]

    init(model: SiteModel) {
        categories = model.config.categories.map { Self.category($0.id) }
        tags = model.tagSlugs.mapValues(Self.tag)
        organizations = model.organizationSlugs.mapValues(Self.organization)
    }
}
