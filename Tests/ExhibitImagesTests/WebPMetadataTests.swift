import Foundation
import Testing
@testable import ExhibitImages

@Suite struct WebPMetadataTests {
    /// A RIFF chunk: tag, little-endian size, payload, a pad byte after an odd payload.
    func chunk(_ tag: String, _ payload: [UInt8]) -> [UInt8] {
        let n = UInt32(payload.count)
        var bytes = Array(tag.utf8) + [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)] + payload
        if payload.count % 2 == 1 { bytes.append(0) }
        return bytes
    }

    func riff(_ chunks: [[UInt8]]) -> Data {
        let body = Array("WEBP".utf8) + chunks.flatMap { $0 }
        let n = UInt32(body.count)
        return Data(Array("RIFF".utf8) + [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)] + body)
    }

    @Test func metadataChunksGoAndTheHeaderSaysSo() throws {
        // VP8X flags: ICC 0x20 | alpha 0x10 | EXIF 0x08 | XMP 0x04.
        let vp8x = chunk("VP8X", [0x3C, 0, 0, 0, 9, 0, 0, 9, 0, 0])
        let alpha = chunk("ALPH", [1, 2, 3])
        let picture = chunk("VP8 ", [9, 8, 7, 6, 5])
        let original = riff([vp8x, chunk("ICCP", [1, 2, 3, 4, 5, 6, 7]), alpha, picture, chunk("EXIF", Array("GPS here".utf8)), chunk("XMP ", [1])])
        let stripped = try #require(try WebPMetadata.stripped(original))
        let expectedHeader = chunk("VP8X", [0x10, 0, 0, 0, 9, 0, 0, 9, 0, 0])
        #expect(stripped == riff([expectedHeader, alpha, picture]))
        #expect(!String(decoding: stripped, as: UTF8.self).contains("GPS"))
    }

    @Test func aFileWithoutMetadataIsLeftAlone() throws {
        let plain = riff([chunk("VP8 ", [1, 2, 3, 4])])
        #expect(try WebPMetadata.stripped(plain) == nil)
    }

    @Test func damagedOrForeignFilesAreRefused() {
        #expect(throws: WebPMetadata.Problem.self) { try WebPMetadata.stripped(Data("not a webp at all".utf8)) }
        var cut = [UInt8](riff([chunk("VP8 ", [1, 2, 3, 4, 5, 6, 7, 8]), chunk("EXIF", [1, 2])]))
        cut.removeLast(6)
        #expect(throws: WebPMetadata.Problem.self) { try WebPMetadata.stripped(Data(cut)) }
    }
}
