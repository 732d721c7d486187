/// Something an editor should hear about a video or audio file, as plain data.
public enum MediaWarning: Sendable, Hashable {
    /// ffmpeg or ffprobe is not installed: the file is still published, without a
    /// poster, duration or size.
    case toolMissing(String)
    /// ffprobe could not read the file (damaged, or not a video or audio file).
    case unreadable(reason: String)
    /// The video was read, but no frame could be taken for its poster.
    case noPoster(reason: String)

    public var message: String {
        switch self {
        case .toolMissing(let tool): "\(tool) is not installed, so videos get no poster frame, duration or size"
        case .unreadable(let reason): "video or audio file cannot be read: \(reason)"
        case .noPoster(let reason): "no poster frame could be taken from the video: \(reason)"
        }
    }

    public var fix: String {
        switch self {
        case .toolMissing: "install ffmpeg (Debian and Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg)"
        case .unreadable: "play the file on a computer; if it does not play, export it again as MP4 (H.264) or, for audio, MP3"
        case .noPoster: "export the video again as MP4 (H.264)"
        }
    }
}
