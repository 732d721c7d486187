import Foundation

/// Something an editor should hear about an image, as plain data with its numbers.
///
/// ExhibitCore turns each into a `Diagnostic` at the `file:line` that uses the image;
/// `message` and `fix` are that diagnostic's two lines.
public enum ImageWarning: Sendable, Hashable, Codable {
    /// The original is larger than a web page should link to (bytes on disk).
    case largeOriginal(bytes: Int)
    /// The original is wider or taller than any screen shows.
    case hugeDimensions(width: Int, height: Int)
    /// The image is narrower than the place it is shown in, so it would be upscaled.
    case smallerThanShown(width: Int, needed: Int)
    /// The file carries a GPS position; outputs drop it, the original still has it.
    case gps
    /// No loader could read the file (not an image, or damaged); the reason is libvips's.
    case unreadable(reason: String)
    /// The file ends before the image does.
    case truncated
    /// The file is an image format this machine cannot read, and how to make it readable.
    case unsupported(format: String, fix: String)

    /// Originals over this size get `.largeOriginal` (20 MB, issue 13).
    public static let largeOriginalBytes = 20_000_000
    /// Originals with a side over this get `.hugeDimensions` (issue 13).
    public static let hugeSide = 8_000

    /// What is wrong, in one line.
    public var message: String {
        switch self {
        case .largeOriginal(let bytes):
            "image is \(Self.megabytes(bytes)) MB; originals over \(Self.largeOriginalBytes / 1_000_000) MB slow every build"
        case .hugeDimensions(let width, let height):
            "image is \(width)×\(height) pixels; no screen shows more than \(Self.hugeSide)"
        case .smallerThanShown(let width, let needed):
            "image is \(width) pixels wide but is shown \(needed) pixels wide, so it will look blurred"
        case .gps:
            "image carries a GPS position (where it was taken)"
        case .unreadable(let reason):
            "image cannot be read: \(reason)"
        case .truncated:
            "image file is cut short (truncated); part of the picture is missing"
        case .unsupported(let format, _):
            "image is \(format), which this machine cannot read"
        }
    }

    /// How to fix it, in the editor's terms.
    public var fix: String {
        switch self {
        case .largeOriginal, .hugeDimensions:
            "save a copy at most \(Self.hugeSide) pixels on its longest side (a phone's \"large\" export) and use that"
        case .smallerThanShown(_, let needed):
            "use a larger original, at least \(needed) pixels wide"
        case .gps:
            "the published images have no GPS; remove it from the original too if the source folder is shared (most photo apps: share without location)"
        case .unreadable:
            "open the file in an image viewer; if it does not show, export it again as JPEG or PNG"
        case .truncated:
            "copy the file again from the camera or phone; the copy stopped before the end"
        case .unsupported(_, let fix):
            fix
        }
    }

    /// Whether the image can still be published: the others leave it unusable.
    public var isBlocking: Bool {
        switch self {
        case .unreadable, .truncated, .unsupported: true
        case .largeOriginal, .hugeDimensions, .smallerThanShown, .gps: false
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}
