/// Where a file of the output goes: its path inside the output (`relative`, its parts
/// joined by single slashes) and from the file system's root (`absolute`). The one rule of
/// which paths stay inside the output folder, whatever a slug or file name says.
struct OutputPath {
    let relative: String
    let absolute: String

    /// `path` inside the folder `root`, or nil when it would leave it: no part, or a part
    /// that is `.` or `..` or holds a NUL. Empty parts (`a//b/`) are dropped.
    init?(_ path: String, in root: String) {
        guard let relative = Self.cleaned(path) else { return nil }
        self.relative = relative
        absolute = root + "/" + relative
    }

    /// One pass over the bytes, and the path itself when it has no empty part, as every
    /// path a build writes: splitting each one and joining it again, and Foundation's
    /// search for a NUL in each part, were most of the time spent finding a file's place.
    private static func cleaned(_ path: String) -> String? {
        var parts = 0, length = 0, onlyDots = true, plain = true
        // Ends the part before a "/" or the end of the path; false for `.` and `..`.
        func partEnds() -> Bool {
            defer { length = 0; onlyDots = true }
            guard length > 0 else { plain = false; return true }
            parts += 1
            return !(onlyDots && length <= 2)
        }
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                guard partEnds() else { return nil }
            case 0:
                return nil
            default:
                length += 1
                if byte != UInt8(ascii: ".") { onlyDots = false }
            }
        }
        guard partEnds(), parts > 0 else { return nil }
        return plain ? path : path.split(separator: "/").joined(separator: "/")
    }
}
