import ExhibitImages
import ExhibitMarkdown
import ExhibitText
import Foundation

/// `![说明](interview.mp4)` as a player: `<video>` or `<audio>` with `controls` and
/// `preload="metadata"` (a page of ten videos must not download them all), the size and
/// poster frame ffmpeg found, the `.vtt` subtitles beside the file as `<track>`s, the alt
/// text as the caption (or the label, inside a sentence) and a download link inside,
/// which browsers that cannot play the file show instead. The file itself is copied as
/// every content file is, never transcoded.
struct MediaEmbed: Sendable {
    let model: SiteModel
    let folder: SiteFolder
    let cache: MediaCache

    /// A video's poster as the page links it: beside the video, `interview.poster.jpg`,
    /// taken (or found in the cache) when the build writes its files, so that a build
    /// that fails, or `check`, leaves nothing behind.
    struct Poster: Sendable {
        var output: String
        var video: URL
        var cache: MediaCache

        /// The frame's file; nil when none can be taken.
        func make() -> (file: URL, temporary: Bool)? { cache.poster(of: video) }
    }

    /// What a player needs from the build: its HTML, a poster to publish and what the
    /// editor should hear.
    struct Result: Sendable {
        var html: String
        var poster: Poster?
        var warning: MediaWarning?
    }

    /// The player for `embed`, whose image names `file` (site-relative); nil when the file
    /// is not video or audio.
    func html(for embed: MarkdownEmbed, file: String, pageDirectory: String) -> Result? {
        guard let kind = MediaProbe.kind(of: URL(fileURLWithPath: file)), let output = model.outputBySource[file] else { return nil }
        let outcome = cache.info(of: folder.url(file))
        let info = outcome.info
        let isVideo = (info?.kind ?? kind) == .video
        let caption = embed.reference.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let english = model.config.language == "en"
        var poster: Poster?
        // A video ffprobe has read gets a poster (see `Poster`).
        if isVideo, case .available = outcome, let place = Self.posterOutput(for: output, source: file, model: model) {
            poster = Poster(output: place, video: folder.url(file), cache: cache)
        }
        var attributes = "controls preload=\"metadata\""
        if isVideo, let width = info?.width, let height = info?.height, width > 0, height > 0 {
            attributes += " width=\"\(width)\" height=\"\(height)\""
        }
        if let poster { attributes += " poster=\"\(attribute(LinkResolver.relative(poster.output, from: pageDirectory)))\"" }
        if !embed.standalone, !caption.isEmpty { attributes += " aria-label=\"\(attribute(caption))\"" }
        let element = isVideo ? "video" : "audio"
        let download = (isVideo ? (english ? "Download the video" : "下载视频") : (english ? "Download the audio" : "下载音频"))
            + (caption.isEmpty ? "" : (english ? ": " : "：") + caption)
        var html = "<\(element) \(attributes) src=\"\(attribute(embed.url))\">"
        for track in SubtitleTrack.beside(file, model: model) {
            html += "<track kind=\"subtitles\" src=\"\(attribute(LinkResolver.relative(track.output, from: pageDirectory)))\" srclang=\"\(attribute(track.language))\" label=\"\(attribute(track.label))\"\(track.isDefault ? " default" : "")>"
        }
        html += "<a href=\"\(attribute(embed.url))\" download>\(MarkupEscape.escape(download))</a></\(element)>"
        let duration = info?.duration.flatMap(Self.duration)
        if embed.standalone {
            var figcaption = MarkupEscape.escape(caption)
            if let duration {
                figcaption += " <span class=\"media-duration\"><time datetime=\"\(duration.iso)\">\(duration.shown)</time></span>"
            }
            html = "<figure class=\"media media-\(element)\">\n\(html)\n" + (figcaption.isEmpty ? "" : "<figcaption>\(figcaption)</figcaption>\n") + "</figure>\n"
        } else if let duration {
            html += " <span class=\"media-duration\"><time datetime=\"\(duration.iso)\">\(duration.shown)</time></span>"
        }
        return Result(html: html, poster: poster, warning: outcome.warning)
    }

    /// `3:25`, `1:02:03`, and the same as an ISO 8601 duration for `<time datetime>`.
    static func duration(_ seconds: Double) -> (shown: String, iso: String)? {
        guard seconds.isFinite, seconds > 0 else { return nil }
        let total = max(1, Int(seconds.rounded()))
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let shown = h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
        return (shown, "PT" + (h > 0 ? "\(h)H" : "") + (m > 0 ? "\(m)M" : "") + "\(s)S")
    }

    /// `cases/apple/interview.poster.jpg` for `cases/apple/interview.mp4`; nil when a
    /// content file is already published there (the editor's file wins).
    static func posterOutput(for output: String, source: String, model: SiteModel) -> String? {
        guard model.outputBySource[(source as NSString).deletingPathExtension + ".poster.jpg"] == nil else { return nil }
        return (output as NSString).deletingPathExtension + ".poster.jpg"
    }

    private func attribute(_ text: String) -> String {
        MarkupEscape.escape(text, apostrophe: .literal)
    }
}
