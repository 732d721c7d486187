import Foundation

/// What ffprobe said about each video and audio file, and each video's poster frame,
/// kept between builds under `.exhibit-cache/media/`, so an unchanged video costs no
/// subprocess on the next build or in `serve`.
///
/// The key is the SHA-256 of the file's content hash (remembered by size, time and inode,
/// as `ImageCache` does) and `formatVersion`. An entry is `<key[0..2]>/<key>.json` (the
/// probe) and, for a video, `<key>.jpg` (the poster), each written atomically, the JSON
/// last. Reading (`info`) never writes: a build may still fail, and `check` writes
/// nothing. Entries are made by `poster(of:)`, when a build writes its files; a cache
/// that is not `writable` (`check`) makes posters in the temporary folder instead.
public struct MediaCache: Sendable {
    /// Raise when the poster or the probe written changes.
    public static let formatVersion = 1

    public let root: URL
    let probe: MediaProbe
    public let writable: Bool

    public init(root: URL, probe: MediaProbe = MediaProbe(), writable: Bool = true) {
        self.root = root
        self.probe = probe
        self.writable = writable
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

    private struct Place {
        var manifest: URL
        var poster: URL
    }

    private func place(of url: URL, remember: Bool) -> Place? {
        guard let hash = try? ContentHashMemo(cacheRoot: root).contentHash(of: url, remember: remember) else { return nil }
        let key = ContentHash.sha256(of: "exhibit-media \(Self.formatVersion)\n\(hash)")
        let folder = root.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
        return Place(manifest: folder.appendingPathComponent("\(key).json"), poster: folder.appendingPathComponent("\(key).jpg"))
    }

    private func lookup(_ place: Place) -> MediaInfo? {
        guard let data = try? Data(contentsOf: place.manifest), let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.version == Self.formatVersion, let kind = MediaInfo.Kind(rawValue: entry.kind),
              !entry.hasPoster || FileManager.default.fileExists(atPath: place.poster.path) else { return nil }
        return MediaInfo(kind: kind, duration: entry.duration, width: entry.width, height: entry.height,
                         poster: entry.hasPoster ? place.poster : nil)
    }

    /// The probe of `url`: from the cache, or ffprobe's answer now (then without a poster:
    /// `poster(of:)` makes it). Writes nothing.
    public func info(of url: URL) -> MediaProbe.Outcome {
        guard probe.isAvailable else { return .notAvailable(.toolMissing("ffmpeg")) }
        if let place = place(of: url, remember: false), let info = lookup(place) { return .available(info) }
        return probe.probe(url, poster: nil)
    }

    /// The poster frame of the video at `url`, made now if the cache has none; nil when
    /// none can be taken. `temporary`: a file of the temporary folder (a cache that is
    /// not writable) that the caller removes once copied.
    public func poster(of url: URL) -> (file: URL, temporary: Bool)? {
        guard probe.isAvailable else { return nil }
        let place = place(of: url, remember: writable)
        if let place, let poster = lookup(place)?.poster { return (poster, false) }
        guard writable, let place else {
            let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-poster-\(UUID().uuidString).jpg")
            guard let poster = probe.probe(url, poster: temporary).info?.poster else { return nil }
            return (poster, true)
        }
        guard case .available(let info) = probe.probe(url, poster: place.poster), let poster = info.poster else { return nil }
        let entry = Entry(version: Self.formatVersion, kind: info.kind.rawValue, duration: info.duration,
                          width: info.width, height: info.height, hasPoster: true)
        // A cache that cannot be written costs a probe next time, nothing more.
        if let data = try? JSONEncoder().encode(entry) { try? AtomicFile.write(data, to: place.manifest) }
        return (poster, false)
    }
}
