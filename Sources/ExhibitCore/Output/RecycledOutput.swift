import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The previous output, taken back as the next build's staging folder, and what was in it.
///
/// Pages are written into its files (same names, same inodes) instead of into a new
/// folder, and only what the new build did not write is removed. On ext4, creating tens of
/// thousands of files and folders right after deleting as many is slow (the allocator
/// steps over recently freed inodes), and deleting the old output was seconds of every
/// rebuild: at 10,000 cases, writing into existing files took 0.7 s where new ones took
/// 3 to 6 s, and removing the old output 2 to 40 s on a busy disk.
///
/// What it holds is never trusted: links and special files are removed when it is taken
/// (so no write can follow one out of the folder), and `DiskSink` unlinks a file that has
/// other names (an image variant hard-linked to the cache) before writing its path.
struct RecycledOutput: Sendable {
    /// Regular files and folders found in it, relative to its root.
    let files: Set<String>
    let folders: Set<String>

    /// Walks `root`, removing every entry that is neither a regular file nor a folder.
    /// nil when the walk fails (the caller starts from an empty folder instead).
    static func adopt(_ root: URL) -> RecycledOutput? {
        var files = Set<String>(), folders = Set<String>()
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? root.path : root.path + "/" + relative
            guard let dir = opendir(path) else { return nil }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var kind = Int32(entry.pointee.d_type)
                if kind == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(root.path + "/" + child, &info) == 0 else { return nil }
                    kind = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
                }
                switch kind {
                case Int32(DT_DIR):
                    folders.insert(child)
                    pending.append(child)
                case Int32(DT_REG):
                    files.insert(child)
                default:
                    guard unlink(root.path + "/" + child) == 0 else { return nil }
                }
            }
        }
        return RecycledOutput(files: files, folders: folders)
    }

    /// Removes what the new build did not write: files not in `written`, then folders that
    /// hold none of its files or folders (deepest first).
    func sweep(root: URL, written: Set<String>, madeFolders: Set<String>) throws {
        // A name that is gone, or is now a folder (or a file, below) of this build, was
        // already cleared out of the way by `DiskSink`.
        for file in files where !written.contains(file) {
            if unlink(root.path + "/" + file) != 0 && errno != ENOENT && errno != EISDIR { throw OutputError.system(file, errno) }
        }
        var used = Set<String>()
        for folder in madeFolders {
            var path = Substring(folder)
            while !path.isEmpty, used.insert(String(path)).inserted {
                path = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
            }
        }
        for folder in folders.subtracting(used).sorted(by: { $0.utf8.count > $1.utf8.count }) {
            if rmdir(root.path + "/" + folder) != 0 && errno != ENOENT && errno != ENOTDIR {
                // A folder that still holds something is a stale folder holding written
                // files only if the build wrote there, which `used` rules out.
                throw OutputError.system(folder, errno)
            }
        }
    }
}
