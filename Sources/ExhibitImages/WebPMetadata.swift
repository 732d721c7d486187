import Foundation

/// Removes the EXIF, XMP and ICC chunks from a WebP file.
///
/// libvips 8.14.1's webpsave writes an EXIF chunk even with `strip` (seen here: the GPS
/// position and camera make read back from `vips webpsave in.jpg out.webp --strip`; its
/// jpegsave and pngsave strip correctly). So the chunks are taken out of the finished
/// file: a WebP is a RIFF container of tagged chunks, and metadata chunks can be dropped
/// without touching the picture, provided the VP8X header's flags and the RIFF size
/// are corrected. Kept when it is done: a later libvips that strips leaves nothing to do.
enum WebPMetadata {
    enum Problem: Error, CustomStringConvertible {
        case notWebP
        case damaged(String)

        var description: String {
            switch self {
            case .notWebP: "not a WebP file"
            case .damaged(let what): "damaged WebP: \(what)"
            }
        }
    }

    static let metadataChunks: Set<String> = ["EXIF", "XMP ", "ICCP"]
    /// VP8X flag bits of the chunks above: ICC 0x20, EXIF 0x08, XMP 0x04.
    static let metadataFlags: UInt8 = 0x20 | 0x08 | 0x04

    static func remove(at url: URL) throws {
        let data = try Data(contentsOf: url)
        guard let stripped = try stripped(data) else { return }
        try AtomicFile.write(stripped, to: url)
    }

    /// The file without metadata chunks, or nil when it has none.
    static func stripped(_ data: Data) throws -> Data? {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) else {
            throw Problem.notWebP
        }
        var kept: [UInt8] = []
        var removed = false
        var offset = 12
        while offset + 8 <= bytes.count {
            let tag = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            let size = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]) << 16 | Int(bytes[offset + 7]) << 24
            let end = offset + 8 + size + (size & 1)  // chunks are padded to an even length
            guard end <= bytes.count || (end == bytes.count + 1 && size & 1 == 1) else {
                throw Problem.damaged("chunk \(tag) runs past the end")
            }
            var chunk = Array(bytes[offset..<min(end, bytes.count)])
            if metadataChunks.contains(tag) {
                removed = true
            } else {
                if tag == "VP8X", chunk.count > 8 { chunk[8] &= ~metadataFlags }
                kept += chunk
            }
            offset = end
        }
        guard offset >= bytes.count else { throw Problem.damaged("\(bytes.count - offset) stray bytes at the end") }
        guard removed else { return nil }
        let riffSize = UInt32(4 + kept.count)
        var out: [UInt8] = Array("RIFF".utf8)
        out += [UInt8(riffSize & 0xFF), UInt8(riffSize >> 8 & 0xFF), UInt8(riffSize >> 16 & 0xFF), UInt8(riffSize >> 24)]
        out += Array("WEBP".utf8) + kept
        return Data(out)
    }
}
