import Foundation

/// Files and folders that appear whole or not at all: written under a temporary name in
/// the same folder, then renamed, so a build killed halfway leaves no half-written cache
/// entry for the next build to trust.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            try rename(temporary, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// rename(2): replaces a file at `destination` in one step (and fails for a non-empty
    /// folder there, which is what a racing writer of the same cache entry wants).
    static func rename(_ source: URL, to destination: URL) throws {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [
                NSFilePathErrorKey: destination.path,
                NSLocalizedDescriptionKey: "rename to \(destination.path) failed: \(String(cString: strerror(errno)))",
            ])
        }
    }
}
