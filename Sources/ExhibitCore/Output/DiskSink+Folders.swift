#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DiskSink {
    /// `folder` (output-relative) and the folders above it that are missing, as
    /// `createDirectory(at:withIntermediateDirectories: true)` makes them, in one `mkdir`
    /// when the parent is there (nearly always: the sink remembers the folders it made).
    /// Foundation's call looked at every level first, three system calls for each of a
    /// build's folders.
    func makeFolders(_ folder: String) throws {
        if let failure = Self.makeFolders(atPath: rootPath + "/" + folder) { throw OutputError.system(folder, failure) }
    }

    /// The `errno` that stopped it, or nil when `path` is a folder now.
    private static func makeFolders(atPath path: String) -> Int32? {
        if mkdir(path, 0o777) == 0 { return nil }
        var failure = errno
        if failure == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex {
            if let above = makeFolders(atPath: String(path[..<slash])) { return above }
            if mkdir(path, 0o777) == 0 { return nil }
            failure = errno
        }
        // Made by another thread meanwhile, or there before: fine when it is a folder.
        var info = stat()
        if failure == EEXIST, stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return nil }
        return failure
    }
}
