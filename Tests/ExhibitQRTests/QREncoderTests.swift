import CQREncode
import PropertyBased
import XCTest

@testable import ExhibitQR

/// ExhibitQR's encoder against libqrencode, the library it replaced: for text that
/// libqrencode also encodes as one byte-mode segment, the two symbols are the same module
/// for module, at every version (the version, the codewords and their error correction,
/// their placement, the format and version information, and the mask both choose).
final class QREncoderTests: XCTestCase {
    /// libqrencode's symbol of `bytes` (level M, 8-bit hint, case-sensitive).
    static func libqrencode(_ bytes: [UInt8]) -> QRCode.Matrix? {
        let cString = bytes.map { CChar(bitPattern: $0) } + [0]
        guard let code = QRcode_encodeString(cString, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        guard code.pointee.width > 0, let data = code.pointee.data else { return nil }
        // One byte a module, row by row, bit 0 its colour (1 = black).
        let width = Int(code.pointee.width)
        return QRCode.Matrix(width: width) { x, y in data[y * width + x] & 1 != 0 }
    }

    /// Text libqrencode keeps in one 8-bit segment: no digit, capital or other character
    /// of the alphanumeric mode ("0-9A-Z $%*+-./:"), which it would split off.
    static let byteOnly = Array("abcdefghijklmnopqrstuvwxyz_~?=&#!@'()[]{}<>,;^`|\"".utf8) + Array("校企党建共建乡村振兴，。".utf8)

    static func text(_ length: Int, _ generator: inout some RandomNumberGenerator) -> [UInt8] {
        (0..<length).map { _ in byteOnly.randomElement(using: &generator)! }
    }

    func testSymbolsMatchLibqrencodeAtEveryVersion() throws {
        var generator = Xoshiro(seed: (20261201, 1, 2, 3))
        var versions: [Int: Int] = [:]
        // Every version's largest text, one byte more (the next version), and random lengths.
        var lengths: [Int] = []
        for n in 1...40 {
            let version = QRVersion(n)
            let capacity = (8 * version.dataCodewords - 4 - version.byteCountBits) / 8
            lengths += [capacity, capacity + 1, max(1, capacity - 7)]
        }
        lengths += (0..<200).map { _ in Int.random(in: 1...120, using: &generator) }
        lengths += (0..<60).map { _ in Int.random(in: 1...2331, using: &generator) }
        for length in lengths where length <= 2331 {
            let bytes = Self.text(length, &generator)
            let expected = try XCTUnwrap(Self.libqrencode(bytes), "libqrencode, \(length) bytes")
            let actual = try XCTUnwrap(QREncoder.encode(bytes), "\(length) bytes")
            versions[(actual.width - 17) / 4, default: 0] += 1
            XCTAssertEqual(actual.width, expected.width, "\(length) bytes")
            XCTAssertTrue(actual == expected, "\(length) bytes: the symbols differ (\(differences(actual, expected)) modules)")
        }
        XCTAssertEqual(Set(versions.keys), Set(1...40), "every version was compared")
    }

    func testNothingPastVersion40() {
        XCTAssertNil(QREncoder.encode([UInt8](repeating: 0x61, count: 2332)))
        XCTAssertNotNil(QREncoder.encode([UInt8](repeating: 0x61, count: 2331)))
        XCTAssertNil(QREncoder.encode([UInt8]()))
    }

    private func differences(_ a: QRCode.Matrix, _ b: QRCode.Matrix) -> Int {
        guard a.width == b.width else { return -1 }
        var count = 0
        for y in 0..<a.width { for x in 0..<a.width where a.isDark(x: x, y: y) != b.isDark(x: x, y: y) { count += 1 } }
        return count
    }
}

extension QRCode.Matrix {
    /// The symbol whose modules `isDark` gives: libqrencode's, read module by module.
    init(width: Int, isDark: (_ x: Int, _ y: Int) -> Bool) {
        var packed = [UInt8](repeating: 0, count: Self.packedCount(width: width))
        for y in 0..<width {
            for x in 0..<width where isDark(x, y) {
                let i = y * width + x
                packed[i >> 3] |= 0x80 >> UInt8(i & 7)
            }
        }
        self.init(width: width, bits: packed)
    }
}
