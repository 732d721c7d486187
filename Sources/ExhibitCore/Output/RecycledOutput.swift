import ExhibitText
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
/// What it holds is never trusted. Links and special files are removed when it is taken
/// (so no write can follow one out of the folder); a folder that is not this user's, a
/// name that is not UTF-8, or anything that cannot be read or made writable, and the folder
/// is not used at all (the build starts from an empty one). Folders get the modes a new
/// folder gets; `DiskSink` replaces a file with other names (an image variant hard-linked
/// to the cache), another owner or another mode instead of writing into it. Names are
/// compared by their bytes (`TermName`): two spellings of one accented name in different
/// Unicode forms are two files on Linux.
struct RecycledOutput: Sendable {
    /// Regular files and folders found in it, relative to its root.
    let files: Set<TermName>
    let folders: Set<TermName>

    /// Walks `root`, removing every entry that is neither a regular file nor a folder and
    /// giving every folder `folderMode`. nil when it cannot be used as it is.
    /// An entry's kind comes from its folder's listing (`d_type`), and a folder's owner and
    /// mode from the folder once opened (`fstat`): an `lstat` of every entry by its full
    /// path was 36,000 of a 10,000-case rebuild's system calls (`lstat` only where the file
    /// system does not tell the kind).
    static func adopt(_ root: URL, folderMode: mode_t) -> RecycledOutput? {
        var files = Set<TermName>(), folders = Set<TermName>()
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? root.path : root.path + "/" + relative
            guard let dir = openFolder(path, mode: folderMode) else { return nil }
            defer { closedir(dir) }
            for entry in FolderEntry.all(in: dir) {
                guard entry.isUTF8 else { return nil }
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                var kind = entry.kind
                if kind == 0 {
                    var info = stat()
                    guard lstat(root.path + "/" + child, &info) == 0 else { return nil }
                    kind = info.st_mode & S_IFMT
                }
                switch kind {
                case S_IFDIR:
                    folders.insert(TermName(child))
                    pending.append(child)
                case S_IFREG:
                    files.insert(TermName(child))
                default:
                    guard unlinkat(dirfd(dir), entry.name, 0) == 0 else { return nil }
                }
            }
        }
        return RecycledOutput(files: files, folders: folders)
    }

    /// The folder at `path`, opened for listing, once it is a folder of this user with
    /// `mode` (what a new folder gets): nil when it is not, or cannot be given that mode.
    /// Opened without following a link; a folder the user may not read is given `mode`
    /// by its path first.
    private static func openFolder(_ path: String, mode: mode_t) -> OpaquePointer? {
        var fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            var info = stat()
            guard errno == EACCES, lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == user,
                  chmod(path, mode) == 0 else { return nil }
            fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return nil }
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_uid == user,
              (info.st_mode & 0o7777) == mode || fchmod(fd, mode) == 0, let dir = fdopendir(fd) else {
            close(fd)
            return nil
        }
        return dir
    }

    /// Removes what the new build did not write: files not in `written`, then folders that
    /// hold none of its files or folders, with all they hold.
    func sweep(root: URL, written: Set<TermName>, madeFolders: Set<TermName>) throws {
        // A name that is gone, or is now a folder (or a file, below) of this build, was
        // already cleared out of the way by `DiskSink`; so was one inside a kept folder that
        // a file of this build replaced (ENOTDIR: `feed.xml/inner/x` once `feed.xml` is a
        // file again).
        for file in files where !written.contains(file) {
            if unlink(root.path + "/" + file.text) != 0 && errno != ENOENT && errno != EISDIR && errno != ENOTDIR {
                throw OutputError.system(file.text, errno)
            }
        }
        var used = Set<TermName>()
        for folder in madeFolders {
            var path = Substring(folder.text)
            while !path.isEmpty, used.insert(TermName(String(path))).inserted {
                path = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
            }
        }
        for folder in folders.subtracting(used) {
            var info = stat()
            let url = root.appendingPathComponent(folder.text)
            // Gone with a stale folder above it, or now a file of this build.
            guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            guard OutputFolder.removeTree(url) else { throw OutputError.system(folder.text, EACCES) }
        }
    }

    /// This process's user, whom every kept file and folder must belong to: asked once,
    /// not in a system call for each of them.
    static let user = geteuid()

    /// Whether a kept file is one a new file would be, and so may be written into: a
    /// regular file of this user, with a new file's mode and no other name (writing into
    /// a variant hard-linked to the image cache would change the cache's bytes).
    static func isLikeANewFile(_ info: stat) -> Bool {
        (info.st_mode & S_IFMT) == S_IFREG && info.st_nlink == 1 && info.st_uid == user
            && (info.st_mode & 0o7777) == newModes.file
    }

    /// The modes a new file and a new folder get (`0o666` and `0o777` without the
    /// process's umask), read from /proc: setting the umask to read it would, for that
    /// moment, change the modes of files other threads create.
    static let newModes: (file: mode_t, folder: mode_t) = {
        var mask: mode_t = 0o022
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let value = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) {
            mask = value
        }
        return (0o666 & ~mask, 0o777 & ~mask)
    }()
}
