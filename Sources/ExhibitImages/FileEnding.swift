import Foundation

/// Whether a JPEG or PNG file ends as its format ends, read from its last bytes only.
enum FileEnding {
    /// JPEG: the end-of-image marker FF D9, allowing a little padding after it. PNG: the
    /// IEND chunk (its type and fixed CRC). A false answer is a reason to look closer,
    /// not proof of damage: data appended after the image also moves the end.
    static func isComplete(path: String, format: ImageFormat, bytes: Int) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let tailLength = min(bytes, 64)
        guard (try? handle.seek(toOffset: UInt64(bytes - tailLength))) != nil,
              let tail = try? handle.read(upToCount: tailLength) else { return false }
        let b = [UInt8](tail)
        switch format {
        case .jpeg:
            var end = b.count
            while end > 0, b[end - 1] == 0x00 || b[end - 1] == 0x0A || b[end - 1] == 0x20 { end -= 1 }
            return end >= 2 && b[end - 2] == 0xFF && b[end - 1] == 0xD9
        case .png:
            let iend: [UInt8] = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
            return b.count >= 8 && Array(b.suffix(8)) == iend
        default:
            return true
        }
    }
}
