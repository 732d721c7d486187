import Foundation
import PropertyBased
import XCTest

@testable import ExhibitQR

/// Round trips: SVG → PNG (rsvg-convert, apt librsvg2-bin) → text (zbarimg, apt zbar-tools).
final class QRCodeTests: XCTestCase {
    static let urls = [
        "https://example.edu.cn/",
        "https://example.edu.cn/achievements/cases/xiao-qi-dang-jian-gong-jian/",
        "https://example.edu.cn/showcase/2024/industry-university-cooperation/achievements/cases/"
            + "smart-manufacturing-joint-laboratory-with-regional-enterprises/?utm_source=booklet&ref=Board-07#Top",
        "https://example.edu.cn/achievements/cases/%E6%A0%A1%E4%BC%81%E5%85%9A%E5%BB%BA%E5%85%B1%E5%BB%BA/",
        "https://example.edu.cn/cases/校企党建共建/",
        "HTTPS://EXAMPLE.EDU.CN/CASES/ABC-123/",
    ]

    func testRoundTripThroughRasteriserAndDecoder() throws {
        let rsvg = try tool("rsvg-convert", package: "librsvg2-bin")
        let zbar = try tool("zbarimg", package: "zbar-tools")
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("exhibit-qr-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        for (index, url) in Self.urls.enumerated() {
            let svg = try XCTUnwrap(QRCode.svg(for: url, label: "QR code: \(url)"), url)
            let svgFile = dir.appendingPathComponent("qr\(index).svg")
            let pngFile = dir.appendingPathComponent("qr\(index).png")
            try Data(svg.utf8).write(to: svgFile)

            let raster = try run(rsvg, ["-w", "400", "-b", "white", "-o", pngFile.path, svgFile.path])
            XCTAssertEqual(raster.status, 0, "rsvg-convert failed for \(url): \(raster.stderr)")

            let decoded = try run(zbar, ["--raw", "-q", pngFile.path])
            XCTAssertEqual(decoded.status, 0, "zbarimg found no code for \(url): \(decoded.stderr)")
            // --raw prints the payload followed by one newline.
            var text = decoded.stdout
            if text.hasSuffix("\n") { text.removeLast() }
            XCTAssertEqual(text, url)
        }
    }

    /// The print bitmap (binary PBM in a data: URL) decodes to its URL, and is the SVG's
    /// symbol: as many modules across, each `scale` pixels, with the quiet zone.
    func testBitmapRoundTripsAndMatchesTheSVG() throws {
        let zbar = try tool("zbarimg", package: "zbar-tools")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-qr-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (index, url) in Self.urls.enumerated() {
            let dataURL = try XCTUnwrap(QRCode.bitmapURL(for: url, scale: 4), url)
            let prefix = "data:image/x-portable-bitmap;base64,"
            XCTAssertTrue(dataURL.hasPrefix(prefix))
            let bytes = try XCTUnwrap(Data(base64Encoded: String(dataURL.dropFirst(prefix.count))))
            let header = "P4\n"
            XCTAssertEqual(String(decoding: bytes.prefix(3), as: UTF8.self), header)
            let svg = try XCTUnwrap(QRCode.svg(for: url, label: ""))
            let modules = try XCTUnwrap(svg.range(of: #"viewBox="0 0 (\d+)"#, options: .regularExpression).map { String(svg[$0]).split(separator: " ").last! })
            XCTAssertTrue(String(decoding: bytes.prefix(20), as: UTF8.self).hasPrefix("P4\n\(Int(modules)! * 4) \(Int(modules)! * 4)\n"), url)
            let file = dir.appendingPathComponent("qr\(index).pbm")
            try bytes.write(to: file)
            let decoded = try run(zbar, ["--raw", "-q", file.path])
            XCTAssertEqual(decoded.status, 0, "zbarimg found no code for \(url): \(decoded.stderr)")
            XCTAssertEqual(decoded.stdout.trimmingCharacters(in: .newlines), url)
        }
    }

    /// Symbols of every version, of text with digits, capitals and Chinese (which
    /// libqrencode would have split into segments of other modes, so `QREncoderTests`
    /// cannot compare them with its symbols), decode to their text in zbar.
    func testEveryVersionDecodesInZbar() throws {
        let zbar = try tool("zbarimg", package: "zbar-tools")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-qr-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var generator = Xoshiro(seed: (40, 1, 2, 3))
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:.-_?=&%校企党建共建乡村振兴")
        var widths: Set<Int> = []
        for version in 1...40 {
            let v = QRVersion(version)
            let capacity = (8 * v.dataCodewords - 4 - v.byteCountBits) / 8
            // Filled to within three bytes of the version's capacity, so it needs this version.
            var text = version < 3 ? "" : "https://example.edu.cn/"
            while true {
                let next = text + String(alphabet.randomElement(using: &generator)!)
                guard next.utf8.count <= capacity else { break }
                text = next
            }
            let matrix = try XCTUnwrap(QRCode.matrix(for: text), "version \(version)")
            XCTAssertEqual(matrix.width, v.width, "\(text.utf8.count) bytes")
            widths.insert(matrix.width)
            let dataURL = try XCTUnwrap(QRCode.bitmapURL(for: text, scale: 4))
            let bytes = try XCTUnwrap(Data(base64Encoded: String(dataURL.dropFirst("data:image/x-portable-bitmap;base64,".count))))
            let file = dir.appendingPathComponent("v\(version).pbm")
            try bytes.write(to: file)
            // -Sbinary: the bytes as encoded; without it zbar guesses a character set, and
            // takes some mixes of Chinese and Latin letters for Shift JIS.
            let decoded = try run(zbar, ["--raw", "-q", "-Sbinary", file.path])
            XCTAssertEqual(decoded.status, 0, "zbarimg found no code in a symbol \(matrix.width) modules wide: \(decoded.stderr)")
            XCTAssertEqual(decoded.stdout.trimmingCharacters(in: .newlines), text, "\(matrix.width) modules")
        }
        XCTAssertEqual(widths.count, 40)
    }

    func testSVGIsSmallWithOnePathAndNoRectPerModule() throws {
        let url = "https://example.edu.cn/achievements/cases/xiao-qi-dang-jian/"
        XCTAssertEqual(url.count, 60)
        let svg = try XCTUnwrap(QRCode.svg(for: url, label: "QR code of this case"))
        XCTAssertLessThan(svg.utf8.count, 6 * 1024, "SVG is \(svg.utf8.count) bytes")
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 1, "only the background rect")
        XCTAssertEqual(svg.components(separatedBy: "<path").count - 1, 1)
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
        XCTAssertTrue(svg.contains("shape-rendering=\"crispEdges\""))
        XCTAssertTrue(svg.contains("role=\"img\""))
        XCTAssertFalse(svg.contains(" id="), "no ids, so many codes can share a page")
    }

    func testViewBoxIncludesFourModuleQuietZone() throws {
        let matrix = try XCTUnwrap(QRCode.matrix(for: "https://example.edu.cn/"))
        XCTAssertEqual((matrix.width - 17) % 4, 0, "a QR symbol is 17 + 4·version modules wide")
        let svg = try XCTUnwrap(QRCode.svg(for: "https://example.edu.cn/", label: "x"))
        let size = matrix.width + 8
        XCTAssertTrue(svg.contains("viewBox=\"0 0 \(size) \(size)\""))
        XCTAssertTrue(svg.contains("d=\"M4 4h7v1h-7z"), "finder pattern starts at the quiet zone's edge")
    }

    func testLabelIsEscaped() throws {
        let svg = try XCTUnwrap(QRCode.svg(for: "https://example.edu.cn/", label: #"R&D <"校企"> 'x'"#))
        XCTAssertTrue(svg.contains(#"aria-label="R&amp;D &lt;&quot;校企&quot;&gt; &#39;x&#39;""#), svg)
    }

    func testUnencodableTextGivesNil() {
        XCTAssertNil(QRCode.svg(for: "", label: "empty"))
        // A NUL is a byte like any other (it stopped libqrencode's C string).
        XCTAssertNotNil(QRCode.svg(for: "a\u{0}b", label: "NUL"))
        // Version 40-M holds 2331 bytes of 8-bit data.
        XCTAssertNil(QRCode.svg(for: "https://example.edu.cn/" + String(repeating: "x", count: 3000), label: "long"))
        XCTAssertNotNil(QRCode.svg(for: String(repeating: "x", count: 2000), label: "long but fits"))
    }

    func testConcurrentEncodingIsDeterministic() async throws {
        let url = Self.urls[2]
        let expected = try XCTUnwrap(QRCode.svg(for: url, label: "x"))
        let results = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<64 { group.addTask { QRCode.svg(for: url, label: "x") } }
            var all: [String?] = []
            for await result in group { all.append(result) }
            return all
        }
        XCTAssertEqual(results.count, 64)
        XCTAssertTrue(results.allSatisfy { $0 == expected })
    }

    /// The path written byte by byte says what the plain reading of its format says, for
    /// symbols of every size (versions 1 to 40: text of 1 to 2,300 bytes), where moves
    /// reach three digits and go back (negative) across the whole width. Rows of up to 64
    /// modules are read a word at a time, wider ones module by module: both are drawn,
    /// and the widest read by words (57 and 61 modules, versions 10 and 11), whose rows
    /// span nine bytes.
    func testPathDataMatchesTheFormatWrittenPlainly() throws {
        var generator = SystemRandomNumberGenerator()
        var widths: Set<Int> = []
        for length in [1, 2, 20, 60, 150, 200, 240, 280, 300, 400, 900, 1500, 2300] + (0..<40).map({ _ in Int.random(in: 1...2300, using: &generator) }) {
            let text = String((0..<length).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789/-校企".randomElement(using: &generator)! })
            guard let matrix = QRCode.matrix(for: text) else { continue }
            widths.insert(matrix.width)
            XCTAssertEqual(QRCode.pathData(matrix), plainPathData(matrix), "text of \(length) characters")
        }
        XCTAssertTrue(widths.contains(where: { $0 > 100 }), "a symbol wider than 100 modules was drawn")
        XCTAssertTrue(widths.contains(where: { (57...64).contains($0) }), "a symbol of 57 to 64 modules was drawn")
    }

    /// The path as the format reads: a run of dark modules is `m dx dy h w v1 h-w z`,
    /// the first move absolute.
    private func plainPathData(_ matrix: QRCode.Matrix) -> String {
        var d = "", penX = 0, penY = 0, first = true
        for y in 0..<matrix.width {
            var x = 0
            while x < matrix.width {
                guard matrix.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < matrix.width, matrix.isDark(x: x, y: y) { x += 1 }
                let runX = start + 4, runY = y + 4, run = x - start
                d += first ? "M\(runX) \(runY)" : "m\(runX - penX) \(runY - penY)"
                d += "h\(run)v1h-\(run)z"
                first = false
                penX = runX
                penY = runY
            }
        }
        return d
    }

    // MARK: - Helpers

    private func tool(_ name: String, package: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        XCTFail("`\(name)` (apt package \(package)) not found on PATH: the QR round-trip test needs `apt-get install -y librsvg2-bin zbar-tools`")
        throw MissingTool(name: name)
    }

    private struct MissingTool: Error { let name: String }

    private func run(_ tool: URL, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

/// The symbol as a cache keeps it: eight modules a byte, read back as they were.
final class QRMatrixPackingTests: XCTestCase {
    func testPackedModulesReadBackAsTheSameSymbol() throws {
        for text in ["https://example.edu.cn/", String(repeating: "案例", count: 80), String(repeating: "x", count: 1500)] {
            let matrix = try XCTUnwrap(QRCode.matrix(for: text))
            let packed = matrix.packed
            XCTAssertEqual(packed.count, (matrix.width * matrix.width + 7) / 8)
            XCTAssertEqual(QRCode.Matrix(width: matrix.width, packed: packed), matrix)
            XCTAssertEqual(QRCode.svg(of: matrix, label: "l"), QRCode.svg(for: text, label: "l"))
        }
    }

    func testNoSymbolIsMadeOfBytesThatAreNotOne() throws {
        let matrix = try XCTUnwrap(QRCode.matrix(for: "https://example.edu.cn/"))
        XCTAssertNil(QRCode.Matrix(width: matrix.width, packed: matrix.packed.dropLast()))
        // A set bit after the last module: no symbol packs so.
        var padded = matrix.packed
        padded[padded.count - 1] |= 1
        XCTAssertEqual(matrix.width * matrix.width % 8 == 0, QRCode.Matrix(width: matrix.width, packed: padded) != nil)
        for width in [0, 20, 22, 178, 181] {
            XCTAssertNil(QRCode.Matrix(width: width, packed: [UInt8](repeating: 0, count: QRCode.Matrix.packedCount(width: width))), "\(width)")
        }
    }
}
