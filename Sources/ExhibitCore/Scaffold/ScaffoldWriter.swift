import Foundation

/// Writes the files of `exhibit new`, never replacing one: every path is checked before
/// anything is written, and each file is created with an exclusive open, so a file that
/// appears in between is not overwritten either.
enum ScaffoldWriter {
    /// Writes `files` (path relative to `root` → text); returns the paths written.
    static func write(_ files: [(path: String, text: String)], under root: URL) throws -> [String] {
        let fm = FileManager.default
        for (path, _) in files where fm.fileExists(atPath: root.appendingPathComponent(path).path) {
            throw ScaffoldError.exists(path)
        }
        var written: [String] = []
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                if fm.fileExists(atPath: url.path) && !written.contains(path) { throw ScaffoldError.exists(path) }
                throw ScaffoldError.cannotWrite(path, reason: error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }
}
