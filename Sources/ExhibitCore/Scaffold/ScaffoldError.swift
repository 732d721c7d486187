import ExhibitText

/// Why `exhibit new` wrote nothing: each case says what is wrong and how to go on.
public enum ScaffoldError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder is already there; `new` never overwrites.
    case exists(String)
    case unknownCategory(String, ids: [String])
    /// The title has nothing a slug can be made of (only punctuation or emoji).
    case noSlug(String)
    /// `new case` outside a site: there is no content/ folder.
    case noSite(String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path):
            return "\(path) already exists; exhibit new never overwrites a file\n    fix: choose another name or folder, or edit the existing file"
        case .unknownCategory(let id, let ids):
            let guess = Suggestion.closest(to: id, in: ids).map { "did you mean `\($0)`? " } ?? ""
            return "unknown category `\(id)`\n    fix: \(guess)use one of the ids in content/site.yaml: \(ids.joined(separator: ", "))"
        case .noSlug(let title):
            return "the title `\(title)` has no letters, digits or Chinese characters to name the file by\n    fix: give the case a title in words, e.g. exhibit new case \"乡村振兴服务团\""
        case .noSite(let path):
            return "there is no content/ folder in \(path)\n    fix: run this in a site folder, pass --site DIR, or create a site with `exhibit new site DIR`"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)\n    fix: check that the folder exists and is writable"
        }
    }
}
