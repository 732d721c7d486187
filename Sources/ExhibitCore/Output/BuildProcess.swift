import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a process that left a staging folder is still building.
enum BuildProcess {
    /// True when `pid` is alive and, where the system says which program it runs
    /// (Linux's /proc), it is the same program as this one: a PID reused by another
    /// program does not protect a leftover. When in doubt, true: a concurrent build's
    /// staging folder must never be removed under it.
    static func isRunning(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        #if os(Linux)
        guard let mine = program(of: "self"), let theirs = program(of: String(pid)) else { return true }
        return mine == theirs
        #else
        return true
        #endif
    }

    /// The file name of the executable of /proc/<id>, without the " (deleted)" that
    /// Linux adds when the binary was rebuilt since the process started.
    private static func program(of id: String) -> String? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(id)/exe") else { return nil }
        var name = (target as NSString).lastPathComponent
        if name.hasSuffix(" (deleted)") { name.removeLast(" (deleted)".count) }
        return name
    }
}
