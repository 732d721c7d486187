/// What `check` needs to know about the rendered site beyond its files: where each page
/// comes from and the path the site is published under.
public struct OutputMap: Sendable {
    /// Page path (`cases/x/index.html`) → its origin.
    public var origins: [String: PageOrigin] = [:]
    /// The path part of `base_url` (`/achievements/`), `/` without one: root-absolute links
    /// (the 404 page's) are resolved against it.
    public var basePath = "/"
    /// `base_url` itself, if set: links that start with it (canonical, Open Graph) are the
    /// site's own pages, checked like internal links rather than listed as external.
    public var baseURL: String?

    public init(origins: [String: PageOrigin] = [:], basePath: String = "/", baseURL: String? = nil) {
        self.origins = origins
        self.basePath = basePath
        self.baseURL = baseURL
    }
}
