import Synchronization

/// Values a one-shot command leaves to the end of the process instead of freeing.
///
/// `exhibit build` exits right after its build: freeing the session (every case, body,
/// cache entry and planned page, one object at a time; the report's output map shares
/// the session's last snapshot) changes nothing but the time it takes, 0.08 s of a
/// 10,000-case build and 0.5 s of a 50,000-case one, on one thread, after the output is
/// complete. The kernel takes the whole address space back at exit
/// at once. Compilers do the same (clang's `-disable-free`). Only `exhibit build` opts in
/// (`BuildOptions.endsWithProcess`): a session of `serve` or of the tests is freed as
/// usual, and `check` and `print` spend their time elsewhere.
public enum ProcessEnd {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` until the process exits.
    public static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
