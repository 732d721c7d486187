import Foundation

/// Processed images kept between builds, so an unchanged image costs nothing.
///
/// The key is the SHA-256 of the source's content hash, the settings that change an
/// output's bytes and `formatVersion`: a renamed or moved photo is found again, an edited
/// one or a changed setting is not. Each entry is a folder `<key[0..2]>/<key>/` holding
/// the variants and `manifest.json` (the probe and the variant list). It is built in
/// `tmp/` and renamed into place in one step, so a half-written entry is never found.
/// Nothing is ever evicted; deleting the folder is always safe.
public struct ImageCache: Sendable {
    /// Raise when what the processor writes changes (a new format, different options
    /// not in `ImageSettings`): every old entry then misses.
    public static let formatVersion = 1

    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// `.exhibit-cache/images/` in the site folder: beside the content it was made from,
    /// outside the output (which is replaced on every build), and one folder to ignore.
    public static func defaultRoot(siteFolder: URL) -> URL {
        siteFolder.appendingPathComponent(".exhibit-cache", isDirectory: true)
            .appendingPathComponent("images", isDirectory: true)
    }

    var memo: ContentHashMemo { ContentHashMemo(cacheRoot: root) }

    struct Manifest: Codable, Sendable {
        var version: Int
        var original: ImageInfo
        /// `path` is the file's name inside the entry folder.
        var variants: [ImageVariant]
    }

    func key(contentHash: String, settings: ImageSettings) -> String {
        ContentHash.sha256(of: "exhibit-images \(Self.formatVersion)\n\(settings.fingerprint)\n\(contentHash)")
    }

    func entryFolder(_ key: String) -> URL {
        root.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
            .appendingPathComponent(key, isDirectory: true)
    }

    /// The entry's image, with variant paths inside the cache, or nil on a miss (or an
    /// entry that does not read back whole, which is then made again).
    func lookup(_ key: String) -> ProcessedImage? {
        let folder = entryFolder(key)
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data),
              manifest.version == Self.formatVersion else { return nil }
        var variants = manifest.variants
        for index in variants.indices {
            variants[index].path = folder.appendingPathComponent(variants[index].path).path
            guard FileManager.default.fileExists(atPath: variants[index].path) else { return nil }
        }
        return ProcessedImage(original: manifest.original, variants: variants)
    }

    /// Makes an entry: `make` writes the variants into an empty folder and returns the
    /// image; the manifest is written last and the folder renamed into place.
    func store(_ key: String, make: (URL) throws(ImageError) -> ProcessedImage) throws(ImageError) -> ProcessedImage {
        let temporary = root.appendingPathComponent("tmp", isDirectory: true)
            .appendingPathComponent(UUID().uuidString, isDirectory: true)
        let final = entryFolder(key)
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .write(path: temporary.path, reason: error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        let made = try make(temporary)
        var manifest = Manifest(version: Self.formatVersion, original: made.original, variants: made.variants)
        for index in manifest.variants.indices {
            manifest.variants[index].path = manifest.variants[index].fileName
        }
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(manifest).write(to: temporary.appendingPathComponent("manifest.json"))
            if FileManager.default.fileExists(atPath: final.path), lookup(key) == nil {
                try? FileManager.default.removeItem(at: final)  // a damaged entry, made again
            }
            try AtomicFile.rename(temporary, to: final)
        } catch {
            // Another build process stored the same entry first: theirs is as good.
            guard lookup(key) != nil else { throw .write(path: final.path, reason: error.localizedDescription) }
        }
        guard let stored = lookup(key) else { throw .write(path: final.path, reason: "the entry did not read back") }
        return stored
    }
}
