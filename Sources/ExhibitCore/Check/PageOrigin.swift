/// Where an output page comes from: the theme template that lays it out and, for a
/// case or a free page, the Markdown file whose text it shows. `check` names both in
/// the fix of a problem found in the page.
public struct PageOrigin: Sendable, Equatable {
    /// The page template (`case`, `home`, `list`): templates/<name>.mustache or the
    /// built-in file of that name.
    public var template: String
    /// The Markdown source relative to the site (`content/cases/x.md`), if any.
    public var source: String?

    public init(template: String, source: String? = nil) {
        self.template = template
        self.source = source
    }
}
