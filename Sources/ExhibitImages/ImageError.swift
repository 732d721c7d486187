/// Why making an image's variants stopped.
public enum ImageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The source could not be decoded: a problem with the editor's file, shown as a warning.
    case source(ImageWarning)
    /// A file could not be written or moved (disk full, permissions): an I/O failure.
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case .source(let warning): warning.message
        case .write(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
