import Foundation

/// One image to make variants of: where it is, and where and under what name its
/// variants go (`<destination>/<baseName>-<width>.<webp|jpg|png>`).
public struct ImageJob: Sendable, Hashable {
    public var source: URL
    public var destination: URL
    /// The variants' name stem, chosen by the caller so names are unique in the folder
    /// (ExhibitCore uses the source's slugged name).
    public var baseName: String

    public init(source: URL, destination: URL, baseName: String) {
        self.source = source
        self.destination = destination
        self.baseName = baseName
    }
}
