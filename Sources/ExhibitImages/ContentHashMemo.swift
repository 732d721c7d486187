import Foundation

/// Remembers the content hash of each source file by its path, size, modification time
/// and inode, so an unchanged photo is not read again on the next build.
///
/// Hashing 200 phone photos (a gigabyte) takes seconds; a stat takes microseconds, and a
/// warm build should cost almost nothing. This is the rule make and git use: a file
/// rewritten with the same size within the same clock tick keeps its old hash. The cost
/// of that is a stale image until the file is touched, and editors do not write photos
/// twice in a millisecond. Entries are small files under `hashes/`, written atomically.
struct ContentHashMemo: Sendable {
    let folder: URL

    init(cacheRoot: URL) {
        folder = cacheRoot.appendingPathComponent("hashes", isDirectory: true)
    }

    /// `remember: false` reads the memo but writes nothing (a build that may yet fail).
    func contentHash(of source: URL, remember: Bool = true) throws -> String {
        let path = source.standardizedFileURL.path
        let stamp = try Self.stamp(path)
        let entry = entryURL(for: path)
        if let saved = try? String(contentsOf: entry, encoding: .utf8) {
            let parts = saved.split(separator: " ")
            if parts.count == 2, parts[0] == stamp { return String(parts[1]) }
        }
        let hash = try ContentHash.sha256(ofFile: source)
        // A memo that cannot be written costs a rehash next time, nothing more.
        if remember { try? AtomicFile.write(Data("\(stamp) \(hash)".utf8), to: entry) }
        return hash
    }

    /// size, modification time in nanoseconds and inode, joined: `1234:1700000000123456789:42`.
    static func stamp(_ path: String) throws -> String {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        return "\(size):\(Int64(modified * 1_000_000_000)):\(inode)"
    }

    private func entryURL(for path: String) -> URL {
        let key = ContentHash.sha256(of: path)
        return folder.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
            .appendingPathComponent(key)
    }
}
