/// A WebVTT file beside a video or audio file with its base name: `interview.vtt` (in the
/// site's language), `interview.zh.vtt`, `interview.en.vtt`. The naming is the one media
/// players (VLC, mpv, Plex) read beside a video, so editors who have used one know it.
struct SubtitleTrack: Sendable, Equatable {
    /// Output path, relative to the output folder.
    var output: String
    /// BCP 47, for `srclang`.
    var language: String
    /// What the player's menu shows.
    var label: String
    /// Shown without being chosen: the track in the site's language.
    var isDefault: Bool

    /// The tracks of the media file `file` (site-relative), the plain one first, then by
    /// language; the first in the site's language is the default.
    static func beside(_ file: String, model: SiteModel) -> [SubtitleTrack] {
        let base = String(file[..<(file.lastIndex(of: ".") ?? file.endIndex)]) + "."
        let siteLanguage = model.config.language
        var tracks: [SubtitleTrack] = []
        for (source, output) in model.outputBySource where source.hasPrefix(base) && source.lowercased().hasSuffix(".vtt") {
            let middle = source.dropFirst(base.count).dropLast(".vtt".count)
            let language: String
            if middle.isEmpty {
                language = siteLanguage
            } else if middle.count <= 15, middle.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                language = String(middle)
            } else {
                continue
            }
            tracks.append(SubtitleTrack(output: output, language: language, label: label(language), isDefault: false))
        }
        tracks.sort { ($0.output.count, $0.output) < ($1.output.count, $1.output) }
        let primary = primaryTag(siteLanguage)
        if let first = tracks.firstIndex(where: { primaryTag($0.language) == primary }) { tracks[first].isDefault = true }
        return tracks
    }

    static func primaryTag(_ language: String) -> String {
        String(language.split(separator: "-").first ?? "").lowercased()
    }

    /// The language's name in itself, as players' menus show them.
    static func label(_ language: String) -> String {
        let names = ["zh": "中文", "en": "English", "ja": "日本語", "ko": "한국어", "fr": "Français", "de": "Deutsch",
                     "es": "Español", "ru": "Русский", "ar": "العربية", "bo": "བོད་ཡིག", "ug": "ئۇيغۇرچە", "mn": "Монгол"]
        return names[primaryTag(language)] ?? language
    }
}
