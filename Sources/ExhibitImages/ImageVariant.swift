/// One written file of an image: a width in one format.
public struct ImageVariant: Sendable, Hashable, Codable {
    public enum Format: String, Sendable, Hashable, Codable {
        case webp, jpeg, png

        public var fileExtension: String {
            switch self {
            case .webp: "webp"
            case .jpeg: "jpg"
            case .png: "png"
            }
        }

        /// The MIME type for `<source type>`.
        public var mimeType: String {
            switch self {
            case .webp: "image/webp"
            case .jpeg: "image/jpeg"
            case .png: "image/png"
            }
        }
    }

    /// Where the file is (in the destination folder, or the cache while it is built).
    public var path: String
    public var format: Format
    public var width: Int
    public var height: Int
    public var bytes: Int

    public init(path: String, format: Format, width: Int, height: Int, bytes: Int) {
        self.path = path
        self.format = format
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    /// The file's name: `<base>-<width>.<extension>`.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func fileName(base: String, width: Int, format: Format) -> String {
        "\(base)-\(width).\(format.fileExtension)"
    }
}
