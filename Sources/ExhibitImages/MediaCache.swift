import Foundation

/// What ffprobe said about each video and audio file, and each video's poster frame,
/// kept between builds under `.exhibit-cache/media/`, so an unchanged video costs no
/// subprocess on the next build or in `serve`.
///
/// The key is the SHA-256 of the file's content hash (remembered by size, time and inode,
/// as `ImageCache` does) and `formatVersion`. An entry is `<key[0..2]>/<key>.json` (the
/// probe) and, for a video, `<key>.jpg` (the poster), each written atomically, the JSON
/// last. Only probes that worked are kept: a build without ffmpeg caches nothing, so
/// installing it later gives posters at once.
public struct MediaCache: Sendable {
    /// Raise when the poster or the probe written changes.
    public static let formatVersion = 1

    public let root: URL
    let probe: MediaProbe

    public init(root: URL, probe: MediaProbe = MediaProbe()) {
        self.root = root
        self.probe = probe
    }

    /// `.exhibit-cache/media/` in the site folder, beside `ImageCache`'s `images/`.
    public static func defaultRoot(siteFolder: URL) -> URL {
        siteFolder.appendingPathComponent(".exhibit-cache", isDirectory: true)
            .appendingPathComponent("media", isDirectory: true)
    }

    /// Whether ffmpeg and ffprobe were found.
    public var toolsAvailable: Bool { probe.isAvailable }

    private struct Entry: Codable {
        var version: Int
        var kind: String
        var duration: Double?
        var width: Int?
        var height: Int?
        var hasPoster: Bool
    }

    /// The probe of `url`, from the cache or made now (with its poster, for a video).
    public func info(of url: URL) -> MediaProbe.Outcome {
        guard probe.isAvailable else { return .notAvailable(.toolMissing("ffmpeg")) }
        guard let hash = try? ContentHashMemo(cacheRoot: root).contentHash(of: url) else {
            return probe.probe(url, poster: nil)
        }
        let key = ContentHash.sha256(of: "exhibit-media \(Self.formatVersion)\n\(hash)")
        let folder = root.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
        let manifest = folder.appendingPathComponent("\(key).json")
        let poster = folder.appendingPathComponent("\(key).jpg")
        if let data = try? Data(contentsOf: manifest), let entry = try? JSONDecoder().decode(Entry.self, from: data),
           entry.version == Self.formatVersion, let kind = MediaInfo.Kind(rawValue: entry.kind),
           !entry.hasPoster || FileManager.default.fileExists(atPath: poster.path) {
            return .available(MediaInfo(kind: kind, duration: entry.duration, width: entry.width, height: entry.height,
                                        poster: entry.hasPoster ? poster : nil))
        }
        let outcome = probe.probe(url, poster: poster)
        if case .available(let info) = outcome {
            let entry = Entry(version: Self.formatVersion, kind: info.kind.rawValue, duration: info.duration,
                              width: info.width, height: info.height, hasPoster: info.poster != nil)
            // A cache that cannot be written costs a probe next time, nothing more.
            if let data = try? JSONEncoder().encode(entry) { try? AtomicFile.write(data, to: manifest) }
        }
        return outcome
    }
}
