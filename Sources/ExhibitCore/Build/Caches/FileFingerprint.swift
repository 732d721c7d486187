import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What says a file may have changed without reading it: size, modification time to
/// the nanosecond, and inode (an editor that saves by rename gets a new one).
struct FileFingerprint: Hashable, Sendable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
