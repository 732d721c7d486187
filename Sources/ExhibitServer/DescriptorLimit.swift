#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many files `serve` may have open. Each proxied connection costs about three (the
/// browser's socket, the one to FlyingFox, FlyingFox's end of it), and the shell's soft
/// limit is often 256 or 1024 where the hard limit allows far more.
enum DescriptorLimit {
    /// Raises the soft limit on open files to the hard one, and returns the soft limit then
    /// in force.
    static func raise() -> Int {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return 1024 }
        // Darwin refuses more than OPEN_MAX, whatever the hard limit says.
        let wanted = limit.rlim_max == infinity ? rlim_t(10_240) : limit.rlim_max
        if limit.rlim_cur < wanted {
            var raised = limit
            raised.rlim_cur = wanted
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur == infinity ? Int(Int32.max) : Int(clamping: limit.rlim_cur)
    }

    /// The connections the front door keeps open at once, for a soft limit of `files`: a
    /// bound on what a flood costs, and few enough that FlyingFox's own accepts, the
    /// builds' reads and the watcher always find descriptors left.
    static func connections(forFiles files: Int) -> Int {
        max(1, min(256, (files - 64) / 3))
    }

    #if canImport(Glibc)
    private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    /// RLIM_INFINITY, which Swift cannot import from Glibc's `((rlim_t) -1)`.
    private static let infinity = rlim_t.max
    #else
    private static let resource = RLIMIT_NOFILE
    private static let infinity = RLIM_INFINITY
    #endif
}
