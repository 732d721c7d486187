import CVips
import Foundation

/// libvips, started once for the whole process, and its error messages.
///
/// Everything in this module that touches libvips goes through `Vips.start()` first.
enum Vips {
    /// libvips's own settings, fixed when it starts.
    ///
    /// The operation cache is off: each source image is read once per build, so cached
    /// operations would only keep the decoded pixels of pictures we are done with, and
    /// memory would grow with the number of photos instead of the number of workers.
    /// Each pipeline gets one thread: ImageBatch runs one image per core already, and a
    /// second level of threads would only make them fight over the same two cores.
    /// Memory freed by libvips's threads goes back to jemalloc, which the binaries link
    /// instead of glibc's malloc (Package.swift): 2 workers peak at about 320 MB over 10
    /// photos of 4000×3000 (bench/images.sh). glibc's malloc needed a fixed mmap
    /// threshold for that (266 MB; 598 MB with its moving threshold, which kept large
    /// blocks in the heap of whichever libvips thread freed them).
    ///
    /// libvips's own warnings ("VipsJpeg: Premature end of JPEG file") are silenced:
    /// they would be printed to the build's terminal without saying which page uses the
    /// file, and ImageProbe reports the same problems as `ImageWarning`s that do.
    ///
    /// libvips itself is opened here, the first time a picture is read (see `shim.h`).
    private static let started: Bool = {
        if let failure = exhibit_vips_load() {
            loadFailure = String(cString: failure)
            return false
        }
        guard exhibit_vips_init("exhibit") == 0 else { return false }
        exhibit_vips_silence_warnings()
        exhibit_vips_cache_set_max(0)
        exhibit_vips_cache_set_max_mem(0)
        exhibit_vips_cache_set_max_files(0)
        exhibit_vips_concurrency_set(1)
        return true
    }()

    /// Starts libvips the first time it is called, from any thread (a `static let` is
    /// initialised exactly once, under a lock). False when libvips could not start.
    @discardableResult
    static func start() -> Bool { started }

    /// Why libvips could not be opened (`dlerror`), set before `started` is false for it.
    nonisolated(unsafe) private(set) static var loadFailure: String?

    /// The version string, "8.14.1"; "unavailable" when libvips cannot be opened.
    static var version: String {
        guard start() else { return "unavailable" }
        return String(cString: exhibit_vips_version_string())
    }

    /// What to tell an editor when libvips cannot be opened on this machine.
    static var unavailable: String {
        "libvips, which makes the pictures' sizes, cannot be opened on this machine (\(loadFailure ?? "vips_init failed")): install it (Debian/Ubuntu: apt-get install libvips42)"
    }

    /// libvips's last error messages, then cleared.
    ///
    /// libvips keeps one error buffer for the process; a message from another thread
    /// can land in it too, so this is a description for people, never a value to match.
    static func takeError() -> String {
        let text = String(cString: exhibit_vips_error_buffer()).trimmingCharacters(in: .whitespacesAndNewlines)
        exhibit_vips_error_clear()
        return text.isEmpty ? "libvips gave no reason" : text
    }

    /// The name of the loader libvips would use for this file ("jpegload"), or nil when
    /// no loader on this machine recognises it.
    static func loader(for path: String) -> String? {
        guard start() else { return nil }
        guard let name = exhibit_vips_foreign_find_load(path) else {
            exhibit_vips_error_clear()
            return nil
        }
        return String(cString: name)
    }
}
