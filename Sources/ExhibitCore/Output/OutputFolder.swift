import CRenameExchange
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output folder's safety rules, and the swap that replaces it only after a build
/// succeeded: a failed build leaves the previous output exactly as it was, and at no
/// moment, even if the build is killed, is the output's name missing or half written.
struct OutputFolder {
    /// The output with its symbolic links followed: `--output link` with `link -> www`
    /// builds into `www`, staged beside it. Swapping the name `link` itself would turn the
    /// link into a folder and leave `www` with the old site.
    let url: URL
    /// The output as given, for messages.
    let given: URL
    let siteRoot: URL
    /// Whether the previous output is kept for the next build (`spareURL`); not when
    /// the build may not write the site's caches.
    var keepsPrevious = true
    /// Names of which the folder must hold one, if it holds anything, to be replaced: a
    /// built site's `index.html`, or `exhibit print`'s PDFs.
    var markers: Set<String> = ["index.html", "404.html"]
    /// What the folder is said to be in the refusal ("a built site").
    var kind = "a built site"
    /// The marker a message names.
    var markerName = "index.html"

    init(url: URL, siteRoot: URL) {
        self.given = url
        self.url = Self.resolved(url)
        self.siteRoot = siteRoot
    }

    var stagingURL: URL { sibling("staging", pid: getpid()) }

    /// Where the previous output is kept for the next build to write into
    /// (`RecycledOutput`): the site's `.exhibit-cache/previous-output`, when that is on
    /// the output's file system (a folder moves between file systems only by copying) and
    /// the output is not inside `.exhibit-cache/` itself. Not on macOS, whose file systems
    /// usually ignore case and Unicode form in names: a kept `Photo.JPG` and a written
    /// `photo.jpg` would be one file, which the sweep would then remove. Deleting it is
    /// always safe.
    var spareURL: URL? {
        #if os(Linux)
        guard keepsPrevious else { return nil }
        let cache = siteRoot.appendingPathComponent(".exhibit-cache")
        let output = Self.canonical(url), cachePath = Self.canonical(cache)
        guard output != cachePath, !Self.contains(cachePath, output) else { return nil }
        var site = stat(), parent = stat()
        guard stat(siteRoot.path, &site) == 0, stat(url.deletingLastPathComponent().path, &parent) == 0,
              site.st_dev == parent.st_dev else { return nil }
        return cache.appendingPathComponent("previous-output")
        #else
        return nil
        #endif
    }

    /// Takes the kept previous output as the staging folder (made empty by `makeStaging`,
    /// which must run first); nil when there is none or it cannot be used.
    func claimSpare() -> RecycledOutput? {
        guard let spare = spareURL else { return nil }
        var info = stat()
        guard lstat(spare.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
              rename(spare.path, stagingURL.path) == 0 else { return nil }
        guard let recycled = RecycledOutput.adopt(stagingURL, folderMode: RecycledOutput.newModes.folder) else {
            Self.removeTree(stagingURL)
            _ = try? FileManager.default.createDirectory(at: stagingURL, withIntermediateDirectories: true)
            return nil
        }
        return recycled
    }

    /// Keeps `folder` (the previous output, after the swap) for the next build, or removes
    /// it when it cannot be kept. True when it is gone from where it was.
    private func keepOrRemove(_ folder: URL) -> Bool {
        if let spare = spareURL,
           (try? FileManager.default.createDirectory(at: spare.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil,
           rename(folder.path, spare.path) == 0 {
            return true
        }
        return Self.removeTree(folder)
    }

    /// `.public.staging-PID` (or `.public.old-PID`, which builds before the atomic swap
    /// left) beside the output.
    private func sibling(_ kind: String, pid: Int32) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(kind)-\(pid)")
    }

    /// The reason this folder must not be the output, if there is one.
    func refusal() -> Diagnostic? {
        let output = Self.canonical(url)
        let site = Self.canonical(siteRoot)
        let folder = SiteFolder(root: URL(fileURLWithPath: site))
        let guarded = [("the site folder", site), ("content/", folder.content.path), ("templates/", folder.templates.path)]
        for (name, path) in guarded {
            if output == path || Self.contains(output, path) || Self.contains(path, output) && name != "the site folder" {
                return .error(given.path, "refusing to build into \(given.path): it is, contains or lies inside \(name)",
                    fix: "choose another output folder, e.g. --output \(site)/public")
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                return .error(given.path, "the output \(given.path) is a file, not a folder", fix: "choose another --output")
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            // A build replaces the whole folder; never do that to a folder that is not a site.
            if !names.isEmpty && !names.contains(where: markers.contains) {
                return .error(given.path, "the output folder \(given.path) has files but no \(markerName): it does not look like \(kind)",
                    fix: "point --output at an empty or new folder; a build replaces everything in it")
            }
        }
        return nil
    }

    /// Creates the staging folder (and the output's parent folders, if missing); returns
    /// the folders it created above the staging folder, for `discard(createdParents:)`.
    func makeStaging() throws -> [URL] {
        var missing: [URL] = []
        var parent = url.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: parent.path) && parent.path != "/" {
            missing.append(parent)
            parent = parent.deletingLastPathComponent()
        }
        try FileManager.default.createDirectory(at: stagingURL, withIntermediateDirectories: true)
        return missing
    }

    /// Removes the staging folder, and the parent folders this build created if they
    /// are still empty: a failed build leaves nothing behind.
    /// A staging folder that was a recycled output is removed too: whatever made the build
    /// fail may be in it.
    func discard(createdParents: [URL] = []) {
        Self.removeTree(stagingURL)
        for folder in createdParents {
            guard rmdir(folder.path) == 0 else { break }
        }
    }

    /// Staging and old folders of this output that earlier runs left when they were
    /// killed or crashed. Those of a running `exhibit` (a concurrent build) are kept.
    func leftovers() -> [URL] {
        let parent = url.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        let own = getpid()
        return names.sorted().compactMap { name -> URL? in
            for kind in ["staging", "old"] {
                let prefix = ".\(url.lastPathComponent).\(kind)-"
                guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
                return pid == own || !BuildProcess.isRunning(pid) ? parent.appendingPathComponent(name) : nil
            }
            return nil
        }
    }

    /// Removes `leftovers()`; returns a warning for each that could not be removed.
    func removeLeftovers() -> [Diagnostic] {
        leftovers().compactMap { folder in
            Self.removeTree(folder) ? nil : .warning(folder.path, "cannot remove this folder, left by an earlier build that was stopped",
                                                     fix: "delete it by hand; it is not part of the site")
        }
    }

    /// Puts the staging folder in the output's place. Returns a warning when the previous
    /// output, once swapped out, could not be removed (the next build tries again).
    func swapIn() throws -> Diagnostic? {
        guard FileManager.default.fileExists(atPath: url.path) else {
            try Self.renameItem(stagingURL, to: url)
            return nil
        }
        if exhibit_rename_exchange(stagingURL.path, url.path) == 0 {
            // The previous output now has the staging name: kept for the next build.
            return keepOrRemove(stagingURL) ? nil
                : .warning(stagingURL.path, "the site was built, but the previous output, moved here, could not be removed",
                           fix: "delete it by hand; the next build also tries")
        }
        let failure = errno
        // A filesystem that cannot exchange names (some FUSE and network filesystems, or
        // Linux before 3.15) says EINVAL or ENOSYS: only there fall back to two renames,
        // which leave a moment without the output's name.
        guard failure == EINVAL || failure == ENOSYS else { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
        let old = sibling("old", pid: getpid())
        try Self.renameItem(url, to: old)
        do {
            try Self.renameItem(stagingURL, to: url)
        } catch {
            try? Self.renameItem(old, to: url)
            throw error
        }
        return keepOrRemove(old) ? nil
            : .warning(old.path, "the site was built, but the previous output, moved here, could not be removed",
                       fix: "delete it by hand; the next build also tries")
    }

    /// rename(2): one step, no copying fallback (Foundation's `moveItem` may copy).
    private static func renameItem(_ source: URL, to destination: URL) throws {
        guard rename(source.path, destination.path) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Removes a folder and everything in it, also sub-folders without write permission
    /// (a previous output copied from a read-only place). True when it is gone.
    @discardableResult
    static func removeTree(_ url: URL) -> Bool {
        let fm = FileManager.default
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return true }
        if (try? fm.removeItem(at: url)) != nil { return true }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            chmod(url.path, 0o700)
            if let walker = fm.enumerator(atPath: url.path) {
                while let relative = walker.nextObject() as? String {
                    let path = url.path + "/" + relative
                    if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { chmod(path, 0o700) }
                }
            }
        }
        try? fm.removeItem(at: url)
        return lstat(url.path, &info) != 0
    }

    /// Whether `path` lies inside `folder` (both canonical); `/` contains every other path.
    static func contains(_ folder: String, _ path: String) -> Bool {
        path != folder && path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// `url`, absolute, with every symbolic link in it followed, also a link to a folder
    /// not made yet (the first build into `link -> www`) and links in missing parents.
    static func resolved(_ url: URL) -> URL {
        var path = url.standardizedFileURL.path
        // As many links as the kernel follows in one path (Linux: 40); a loop stays as given.
        for _ in 0..<40 {
            if let real = SourceTree.realPath(path) { return URL(fileURLWithPath: real) }
            var info = stat()
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
               let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                // Not standardized: `..` after a link in `parent` is the kernel's to resolve.
                path = destination.hasPrefix("/") ? destination : (path as NSString).deletingLastPathComponent + "/" + destination
                continue
            }
            // Missing: resolve the folder it would be made in.
            let parent = (path as NSString).deletingLastPathComponent
            guard parent != path, !parent.isEmpty else { break }
            return resolved(URL(fileURLWithPath: parent)).appendingPathComponent((path as NSString).lastPathComponent)
        }
        return url.standardizedFileURL
    }

    static func canonical(_ url: URL) -> String {
        var path = url.standardizedFileURL.resolvingSymlinksInPath().path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
