import Foundation

/// `LocalizedError`, because the renderer reports `localizedDescription`.
public enum OutputError: LocalizedError, CustomStringConvertible {
    case outsideOutput(String)
    /// The system refused a write (a permission, a full disk): the path and `errno`.
    case system(String, Int32)
    /// Two files of the build want one path as a file and as a folder.
    case folderInTheWay(String)
    case fileInTheWay(String, String)
    public var description: String {
        switch self {
        case .outsideOutput(let path): return "refused to write `\(path)`: it is outside the output folder"
        case .folderInTheWay(let path):
            return "refused to write `\(path)`: the build already wrote a folder of that name, which would be lost"
        case .fileInTheWay(let file, let path):
            return "cannot write `\(path)`: the build already wrote a file named `\(file)`, where this needs a folder"
        case .system(let path, let code):
            return "cannot write `\(path)`: \(String(cString: strerror(code)))"
        }
    }
    public var errorDescription: String? { description }
}
