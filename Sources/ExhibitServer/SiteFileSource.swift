import ExhibitCore
import Foundation

/// Where the server gets the site's files: a `SiteSession` when serving, a dictionary
/// in tests.
public protocol SiteFileSource: Sendable {
    /// The bytes of `cases/x/index.html`, or nil when the site has no such file.
    func file(at path: String) -> Data?
}

extension SiteSession: SiteFileSource {}
