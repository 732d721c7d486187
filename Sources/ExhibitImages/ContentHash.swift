import CVips
import Foundation

/// SHA-256 of files and strings, as lowercase hex.
///
/// CryptoKit is Apple-only and swift-crypto would be a new package for one function;
/// GLib's `GChecksum` comes with libvips (which is built on GLib), is written in C, and
/// hashes about 370 MB/s on this machine. Nothing is written by hand. Only pictures and
/// videos are hashed, so libvips is opened here too (`Vips.start`); a machine without it
/// cannot make their sizes or posters anyway.
enum ContentHash {
    static func sha256(of text: String) -> String {
        var bytes = Array(text.utf8)
        return digest { checksum in
            exhibit_g_checksum_update(checksum, &bytes, bytes.count)
        }
    }

    /// The file is read in 1 MiB pieces, so a 20 MB original never sits in memory whole.
    static func sha256(ofFile url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var failure: (any Error)?
        let hex = digest { checksum in
            do {
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                    chunk.withUnsafeBytes { raw in
                        let bytes = raw.bindMemory(to: UInt8.self)
                        exhibit_g_checksum_update(checksum, bytes.baseAddress, bytes.count)
                    }
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return hex
    }

    private static func digest(_ feed: (OpaquePointer) -> Void) -> String {
        guard Vips.start() else { preconditionFailure(Vips.unavailable) }
        let checksum = exhibit_g_checksum_new_sha256()!
        defer { exhibit_g_checksum_free(checksum) }
        feed(checksum)
        return String(cString: exhibit_g_checksum_get_string(checksum))
    }
}
