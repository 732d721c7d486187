#if canImport(Glibc)
import Glibc

/// The inotify watches of a `FileWatcher`: which folder each watch descriptor is, and the
/// parents watched for a root that does not exist yet.
struct WatchTable {
    let descriptor: Int32
    /// Watch descriptor → folder path.
    private(set) var folders: [Int32: String] = [:]
    /// Watch descriptor of a parent → name → path of the missing roots inside it.
    private var awaited: [Int32: [String: String]] = [:]
    private var roots: Set<String> = []

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Watches `root` and every folder under it, or its parent until it appears.
    mutating func watchRoot(_ root: String) {
        roots.insert(root)
        if !watchTree(root) { awaitRoot(root) }
    }

    /// Watches `folder` and its subfolders; false when `folder` cannot be watched.
    @discardableResult
    mutating func watchTree(_ folder: String) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, FileWatcher.folderMask)
        guard watch >= 0 else { return false }
        folders[watch] = folder
        guard let directory = opendir(folder) else { return true }
        defer { closedir(directory) }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            // The name is read in place: a dirent from readdir is only as long as its
            // name, so copying the whole 256-byte `d_name` field can read past the end of
            // the buffer (it crashed `serve` on a 10,000-case site).
            let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self))
            guard name != ".", name != ".." else { continue }
            let type = entry.pointee.d_type
            let path = folder + "/" + name
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && Self.isFolder(path)) {
                subfolders.append(path)
            }
        }
        for subfolder in subfolders { watchTree(subfolder) }
        return true
    }

    private mutating func awaitRoot(_ root: String) {
        let parent = String(root[..<(root.lastIndex(of: "/") ?? root.startIndex)])
        let watch = inotify_add_watch(descriptor, parent.isEmpty ? "/" : parent, FileWatcher.parentMask | UInt32(IN_MASK_ADD))
        guard watch >= 0 else { return }
        awaited[watch, default: [:]][String(root.split(separator: "/").last ?? "")] = root
    }

    /// Updates the watches for `event`; returns the changed path when the event counts
    /// as a change of the site.
    mutating func handle(_ event: InotifyEvent) -> [String] {
        if event.has(IN_Q_OVERFLOW) { return Array(roots) }
        if let names = awaited[event.watch], folders[event.watch] == nil {
            guard event.isFolder, let root = names[event.name] else { return [] }
            awaited[event.watch]?.removeValue(forKey: event.name)
            watchTree(root)
            return [root]
        }
        if event.has(IN_IGNORED) {
            if let folder = folders.removeValue(forKey: event.watch), roots.contains(folder) { awaitRoot(folder) }
            return []
        }
        guard let folder = folders[event.watch] else { return [] }
        if event.name.isEmpty { return event.has(IN_DELETE_SELF) ? [folder] : [] }
        let path = folder + "/" + event.name
        if event.isFolder {
            if event.has(IN_CREATE) || event.has(IN_MOVED_TO) { watchTree(path) }
            if event.has(IN_MOVED_FROM) { forget(under: path) }
            return [path]
        }
        return Self.isEditorScratch(event.name) ? [] : [path]
    }

    /// Stops watching a folder moved away, and everything under it.
    private mutating func forget(under path: String) {
        for (watch, folder) in folders where folder == path || folder.hasPrefix(path + "/") {
            inotify_rm_watch(descriptor, watch)
            folders.removeValue(forKey: watch)
        }
    }

    /// Swap, backup and lock files of editors: `.a.md.swp`, `a.md~`, `.#a.md`, `#a.md#`, `4913`.
    static func isEditorScratch(_ name: String) -> Bool {
        name == "4913" || name.hasSuffix("~") || name.hasPrefix(".#") || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix(".swx")
            || name == ".DS_Store"
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
#endif
