import ExhibitText
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes into a folder, creating subfolders as needed. Refuses any path that would
/// leave the folder, whatever a slug or file name says.
public final class DiskSink: OutputSink {
    public let root: URL
    /// `root.path`, once: Foundation makes a URL's path again each time it is asked, and
    /// making a URL for each file (then its path) was 1 % of a 10,000-case build's CPU.
    let rootPath: String
    private let madeDirectories = Mutex<Set<String>>([])
    private let written = Atomic<Int>(0)
    /// The previous output when `root` is one taken back (`RecycledOutput`), and the
    /// paths written into it, so that the rest can be swept away.
    private let recycled: RecycledOutput?
    private let writtenPaths = Mutex<Set<TermName>>([])
    /// Folders of the recycled output that `clearWay` removed, with all they held, because
    /// a file of this build goes where one stood.
    private let clearedFolders = Mutex<[String]>([])

    public init(root: URL) {
        self.root = root
        self.rootPath = root.path
        self.recycled = nil
    }

    init(root: URL, recycled: RecycledOutput?) {
        self.root = root
        self.rootPath = root.path
        self.recycled = recycled
    }

    /// Removes what a recycled folder held that this build did not write; nothing to do
    /// in a new folder.
    func sweep() throws {
        guard let recycled else { return }
        try recycled.sweep(root: root, written: writtenPaths.withLock { $0 },
                           madeFolders: Set(madeDirectories.withLock { $0 }.map(TermName.init)))
    }

    /// Notes a path written into a recycled folder.
    private func wrote(_ path: String) {
        guard recycled != nil else { return }
        _ = writtenPaths.withLock { $0.insert(TermName(path)) }
    }

    public var fileCount: Int { written.load(ordering: .relaxed) }

    public func write(_ data: Data, to path: String) throws {
        try writeFile(try target(path), named: path) { emit in try data.withUnsafeBytes(emit) }
        written.add(1, ordering: .relaxed)
    }

    public func write(bytes: [UInt8], to path: String) throws {
        try stream(to: path) { emit in try bytes.withUnsafeBufferPointer(emit) }
    }

    public func stream(to path: String, _ produce: (_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        try writeFile(try target(path), named: path) { emit in
            try withoutActuallyEscaping(emit) { emit in try produce { bytes in try emit(UnsafeRawBufferPointer(bytes)) } }
        }
        written.add(1, ordering: .relaxed)
    }

    /// Writes a file with open/write/close. Foundation's `Data.write(to:)` calls fsync on
    /// Linux after every file: 2,434 syncs in a 1,000-case build, about half its wall
    /// time on a busy disk. A build needs no file on the disk itself before the output
    /// folder is swapped in: a build that is killed leaves the old output in place
    /// whether its staging folder reached the disk or not (as Hugo and Zola, it does not
    /// sync at all).
    /// In a new folder nothing but this build's own files and folders can be in the way:
    /// a file is truncated, and `open` refuses a folder (EISDIR, the same error) or a link
    /// (O_NOFOLLOW), so no `lstat` comes first. In a recycled folder, see `overwrite`.
    /// `name` is the output-relative path, for messages; `produce` gives the file's bytes
    /// to its argument, in one piece or several.
    private func writeFile(_ file: OutputPath, named name: String,
                           _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        if recycled != nil, try overwrite(file, named: name, produce) { return }
        // O_NOFOLLOW: a link in the way is an error, never a way out of the folder.
        let fd = open(file.absolute, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard fd >= 0 else { throw errno == EISDIR ? OutputError.folderInTheWay(name) : OutputError.system(name, errno) }
        try Self.fill(fd, named: name, over: 0, produce)
    }

    /// Writes over the previous output's file in place when it is one a new file would be
    /// (a regular file of this user, with a new file's mode and no other name), cutting off
    /// what it held beyond the new bytes; false when it is not, after `clearWay` made way
    /// for a new one. Opened without O_TRUNC, so that a file with other names is never
    /// changed, and looked at through the open file instead of its path. At 10,000 cases
    /// truncating every file (and giving tmpfs or the disk its pages or blocks back, to
    /// take new ones for the same bytes) and an `lstat` before each were 6 % of a
    /// rebuild's CPU time.
    private func overwrite(_ file: OutputPath, named name: String,
                           _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> Bool {
        // O_NONBLOCK: a pipe in the way fails (ENXIO) instead of waiting for a reader.
        let fd = open(file.absolute, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o666)
        if fd >= 0 {
            var info = stat()
            if fstat(fd, &info) == 0, RecycledOutput.isLikeANewFile(info) {
                wrote(file.relative)
                try Self.fill(fd, named: name, over: Int(info.st_size), produce)
                return true
            }
            close(fd)
        }
        // A folder, a link or a pipe, a file with other names, another owner or mode, or
        // one this user may not write: as before, looked at by its path.
        try clearWay(file, path: name)
        return false
    }

    /// Writes what `produce` gives into `fd` from its start, cuts the file to that length
    /// when it held `size` bytes more, and closes it.
    private static func fill(_ fd: Int32, named name: String, over size: Int,
                             _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        var closed = false
        defer { if !closed { close(fd) } }
        var total = 0
        try produce { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.system(name, errno)
                }
                offset += n
            }
            total += buffer.count
        }
        if size > total, ftruncate(fd, off_t(total)) != 0 { throw OutputError.system(name, errno) }
        closed = true
        // A full disk can show only here, on file systems that write late.
        guard close(fd) == 0 else { throw OutputError.system(name, errno) }
    }

    /// A hard link to the cache's file when both are on one file system: a warm build of
    /// 200 photos would otherwise copy 1,600 files (300 MB) into every staging folder. The
    /// cache never writes an entry's files again (a new entry is a new folder), so the
    /// output keeps its bytes; a tool that rewrites files of the output in place would
    /// change the cache's copy too (delete `.exhibit-cache/` after running one).
    public func place(_ source: URL, at path: String) throws {
        let file = try target(path)
        try clearWay(file, path: path)
        var info = stat()
        if lstat(file.absolute, &info) == 0 { try FileManager.default.removeItem(atPath: file.absolute) }
        if link(source.path, file.absolute) == 0 {
            written.add(1, ordering: .relaxed)
            return
        }
        try copy(from: source, to: path)
    }

    public func copy(from source: URL, to path: String) throws {
        let file = try target(path)
        // A file of the theme's static/ folder replaces a generated file written before it;
        // a folder is never removed: it holds other files of the site.
        try clearWay(file, path: path)
        var info = stat()
        if lstat(file.absolute, &info) == 0 { try FileManager.default.removeItem(atPath: file.absolute) }
        // `copyItem` copies a symbolic link as a link, which would point outside the
        // output (or nowhere) once published: copy the bytes of the file it leads to.
        try FileManager.default.copyItem(at: source.resolvingSymlinksInPath(), to: URL(fileURLWithPath: file.absolute, isDirectory: false))
        written.add(1, ordering: .relaxed)
    }

    /// Throws when the file is a folder of this build (`lstat`: a link to a folder is not one,
    /// and is replaced). In a recycled folder, a folder of the previous output in the way
    /// is removed, and a file with other names (a variant hard-linked to the image cache)
    /// or without write permission is unlinked, so that writing never changes another
    /// name's bytes; the path is noted as written.
    private func clearWay(_ file: OutputPath, path: String) throws {
        let relative = file.relative
        var info = stat()
        guard lstat(file.absolute, &info) == 0 else { return wrote(relative) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let recycled, recycled.folders.contains(TermName(relative)), !usesFolder(relative) else {
                throw OutputError.folderInTheWay(path)
            }
            clearedFolders.withLock { $0.append(relative) }
            guard OutputFolder.removeTree(URL(fileURLWithPath: file.absolute, isDirectory: true)) else {
                throw OutputError.folderInTheWay(path)
            }
        } else if recycled != nil, !RecycledOutput.isLikeANewFile(info) {
            // Made again, as in a new folder: writing into it would change another name's
            // bytes, or keep a mode or owner a new file would not have.
            if unlink(file.absolute) != 0 && errno != ENOENT { throw OutputError.system(path, errno) }
        }
        wrote(relative)
    }

    /// Whether this build made `folder` or a folder inside it (only asked when a folder
    /// of a recycled output is in a file's way, which is rare).
    private func usesFolder(_ folder: String) -> Bool {
        madeDirectories.withLock { made in made.contains { $0 == folder || $0.hasPrefix(folder + "/") } }
    }

    /// Whether `file`, in the way of a folder, is a file of the previous output that this
    /// build has not written: it is then removed to make way.
    private func isStale(_ file: String) -> Bool {
        guard let recycled, recycled.files.contains(TermName(file)) else { return false }
        return !writtenPaths.withLock { $0.contains(TermName(file)) }
    }

    private func target(_ path: String) throws -> OutputPath {
        guard let file = OutputPath(path, in: rootPath) else { throw OutputError.outsideOutput(path) }
        let relative = file.relative
        let directory = relative.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(relative[..<$0]) } ?? ""
        if !directory.isEmpty, madeDirectories.withLock({ !$0.contains(directory) }) {
            if !stillKept(directory) { try makeFolders(directory, of: relative, path: path) }
            madeDirectories.withLock { _ = $0.insert(directory) }
        }
        return file
    }

    /// `makeFolders(directory)` for the file `relative` (`path` as given, for messages),
    /// saying which file stands where a folder must be.
    private func makeFolders(_ directory: String, of relative: String, path: String) throws {
        // In a recycled folder a stale file may stand where a folder goes; another
        // thread may be clearing it at the same moment, so look again after a failure.
        var attempt = 0
        while true {
            do {
                try makeFolders(directory)
                break
            } catch {
                attempt += 1
                // Say which file is where a folder must be, instead of "file exists";
                // a stale file of a recycled output is removed instead.
                var info = stat()
                let parts = relative.split(separator: "/")
                for folder in parts.indices.dropLast().map({ parts[...$0].joined(separator: "/") })
                where lstat(rootPath + "/" + folder, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR {
                    guard attempt < 4, isStale(folder), unlink(rootPath + "/" + folder) == 0 || errno == ENOENT else {
                        throw OutputError.fileInTheWay(folder, path)
                    }
                }
                guard recycled != nil, attempt < 4 else { throw error }
            }
        }
    }

    /// Whether `folder` is a folder of the recycled output that is still there, which the
    /// build writes into without making it: a `mkdir` that fails and a `stat` that finds a
    /// folder were 26,000 system calls of a 10,000-case rebuild. Only `clearWay` removes
    /// such a folder before the sweep.
    private func stillKept(_ folder: String) -> Bool {
        guard let recycled, recycled.folders.contains(TermName(folder)) else { return false }
        return clearedFolders.withLock { cleared in !cleared.contains { folder == $0 || folder.hasPrefix($0 + "/") } }
    }
}

/// `write(2)`, under a name of its own: inside `DiskSink` the name `write` is the sink's.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
