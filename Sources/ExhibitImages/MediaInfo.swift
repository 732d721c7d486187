import Foundation

/// What a page needs to show a video or an audio file.
public struct MediaInfo: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case video, audio
    }

    public var kind: Kind
    /// Seconds, when the container says.
    public var duration: Double?
    /// The picture's size as played (after the rotation phones record), for video.
    public var width: Int?
    public var height: Int?
    /// The poster frame written, for video; nil for audio or when none could be taken.
    public var poster: URL?

    public init(kind: Kind, duration: Double?, width: Int?, height: Int?, poster: URL?) {
        self.kind = kind
        self.duration = duration
        self.width = width
        self.height = height
        self.poster = poster
    }
}
