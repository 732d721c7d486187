/// A category of site.yaml: `{id: rural-revitalization, name: 乡村振兴, description: …}`.
public struct Category: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String
}

/// An entry of site.yaml's `menu`: `{name: 关于, url: about/}`.
public struct MenuItem: Sendable, Equatable {
    public var name: String
    /// A path inside the site (`about/`) or an absolute URL.
    public var url: String
}
