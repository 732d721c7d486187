import Foundation

/// Duration, size and a poster frame of videos and audio, from ffprobe and ffmpeg run
/// as subprocesses (only when a site has such files, so a site of photos never needs them).
public struct MediaProbe: Sendable {
    public enum Outcome: Sendable, Hashable {
        case available(MediaInfo)
        /// ffmpeg or ffprobe is missing: publish the file without poster or duration.
        case notAvailable(MediaWarning)
        /// The file could not be read, or its poster could not be taken (`info` then
        /// has what was read).
        case failed(MediaWarning, info: MediaInfo?)

        public var info: MediaInfo? {
            switch self {
            case .available(let info): info
            case .notAvailable: nil
            case .failed(_, let info): info
            }
        }

        public var warning: MediaWarning? {
            switch self {
            case .available: nil
            case .notAvailable(let warning), .failed(let warning, _): warning
            }
        }
    }

    public static let videoExtensions: Set<String> = ["mp4", "webm", "mov"]
    public static let audioExtensions: Set<String> = ["mp3", "m4a", "ogg"]

    let ffprobe: ExternalTool?
    let ffmpeg: ExternalTool?

    /// Finds the tools on `searchPath` (PATH's syntax; the process's PATH by default).
    public init(searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") {
        ffprobe = ExternalTool.find("ffprobe", searchPath: searchPath)
        ffmpeg = ExternalTool.find("ffmpeg", searchPath: searchPath)
    }

    /// True when both tools were found.
    public var isAvailable: Bool { ffprobe != nil && ffmpeg != nil }

    /// Whether Exhibit treats a file with this name as video or audio.
    public static func kind(of url: URL) -> MediaInfo.Kind? {
        let ext = url.pathExtension.lowercased()
        if videoExtensions.contains(ext) { return .video }
        if audioExtensions.contains(ext) { return .audio }
        return nil
    }

    /// Reads a media file; for a video, writes its poster frame as a JPEG at `poster`
    /// (taken at 1 s, or at 10 % of a shorter video, past any black first frame).
    public func probe(_ url: URL, poster: URL?) -> Outcome {
        guard let ffprobe else { return .notAvailable(.toolMissing("ffprobe")) }
        let run: ExternalTool.Run
        do {
            run = try ffprobe.run(["-v", "error", "-print_format", "json", "-show_format", "-show_streams", "-i", url.absoluteURL.path])
        } catch {
            return .notAvailable(.toolMissing("ffprobe (\(error.localizedDescription))"))
        }
        guard run.status == 0, let report = try? JSONDecoder().decode(FFprobeReport.self, from: run.output) else {
            let reason = run.timedOut ? "ffprobe did not finish within a minute" : Self.firstLine(run.errors)
            return .failed(.unreadable(reason: reason), info: nil)
        }
        guard var info = report.info(declared: Self.kind(of: url)) else {
            return .failed(.unreadable(reason: "the file has neither a video nor an audio stream"), info: nil)
        }
        guard info.kind == .video, let poster else { return .available(info) }
        guard let ffmpeg else { return .failed(.toolMissing("ffmpeg"), info: info) }
        let at = min(1.0, (info.duration ?? 0) * 0.1)
        if let problem = writePoster(ffmpeg, from: url, at: at, to: poster) { return .failed(problem, info: info) }
        info.poster = poster
        return .available(info)
    }

    /// Writes the frame under a temporary name and renames it, so a killed build leaves
    /// no half poster; nil when it worked.
    private func writePoster(_ ffmpeg: ExternalTool, from url: URL, at seconds: Double, to poster: URL) -> MediaWarning? {
        let temporary = poster.deletingLastPathComponent()
            .appendingPathComponent(".\(poster.lastPathComponent).\(UUID().uuidString).jpg")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try FileManager.default.createDirectory(at: poster.deletingLastPathComponent(), withIntermediateDirectories: true)
            // -ss before -i seeks by the container's index (fast); -q:v 3 is a JPEG of
            // about quality 85; -map_metadata -1 keeps the video's tags (and any GPS a
            // phone wrote) out of the poster.
            let run = try ffmpeg.run([
                "-v", "error", "-nostdin", "-y", "-ss", String(format: "%.3f", seconds), "-i", url.absoluteURL.path,
                "-frames:v", "1", "-q:v", "3", "-map_metadata", "-1", "-f", "image2", temporary.path,
            ])
            guard run.status == 0, FileManager.default.fileExists(atPath: temporary.path) else {
                return .noPoster(reason: run.timedOut ? "ffmpeg did not finish within a minute" : Self.firstLine(run.errors))
            }
            try AtomicFile.rename(temporary, to: poster)
            return nil
        } catch {
            return .noPoster(reason: error.localizedDescription)
        }
    }

    static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.isEmpty ? "no reason given" : line
    }
}
