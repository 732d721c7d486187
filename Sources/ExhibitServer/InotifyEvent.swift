#if canImport(Glibc)
import Glibc

/// One `struct inotify_event` read from the descriptor.
struct InotifyEvent {
    var watch: Int32
    var mask: UInt32
    var cookie: UInt32
    var nameLength: UInt32
    /// The file's name inside the watched folder; empty for the folder itself.
    var name: String

    /// Reads the event at `offset` of what `read` returned (16 header bytes, then the
    /// NUL-padded name).
    init(raw: UnsafeRawBufferPointer, at offset: Int) {
        watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
        mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
        cookie = raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
        nameLength = raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)
        let start = offset + 16, end = min(raw.count, start + Int(nameLength))
        let bytes = start < end ? raw[start..<end].prefix { $0 != 0 } : []
        name = String(decoding: bytes, as: UTF8.self)
    }

    func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }
    func has(_ flag: Int) -> Bool { mask & UInt32(truncatingIfNeeded: flag) != 0 }
    var isFolder: Bool { has(IN_ISDIR) }
}
#endif
