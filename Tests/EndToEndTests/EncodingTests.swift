import Foundation
import XCTest

/// Files as editors' tools save them: BOM, CRLF, GB18030, or not text at all.
final class EncodingTests: EndToEndCase {
    /// `text` in GB18030, through the system's iconv (Foundation on Linux has no encoder).
    private func gb18030(_ text: String, scratch: URL, encoding: String = "GB18030") throws -> Data {
        let iconv = try XCTUnwrap(Locations.onPath("iconv"), "iconv is needed to write a \(encoding) file")
        let input = scratch.appendingPathComponent("utf8-input.txt")
        try write(text, to: input)
        let run = try runProgram(iconv, ["-f", "UTF-8", "-t", encoding, "-o", scratch.appendingPathComponent("gb.txt").path, input.path],
                                 in: scratch, timeout: 30)
        XCTAssertEqual(run.status, 0, "iconv failed\n\(run)")
        let data = try Data(contentsOf: scratch.appendingPathComponent("gb.txt"))
        try FileManager.default.removeItem(at: input)
        try FileManager.default.removeItem(at: scratch.appendingPathComponent("gb.txt"))
        XCTAssertNil(String(data: data, encoding: .utf8), "the GB18030 bytes should not also be valid UTF-8")
        return data
    }

    func testBOMAndCRLFJustWork() throws {
        let (_, site) = try makeExampleSite()
        let title = "带字节顺序标记和回车换行的案例"
        let text = caseFile(title: title, body: "## 第一节\n\n研究生服务团扎根基层两年。\n\n- 要点一\n- 要点二\n")
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let file = "content/cases/bom-crlf.md"
        try bytes.write(to: site.appendingPathComponent(file))

        let run = try buildOK(site)
        XCTAssertFalse(run.stderr.contains(file), "a UTF-8 BOM and CRLF should produce no message\n\(run)")
        let page = read(site.appendingPathComponent("public/cases/bom-crlf/index.html"))
        XCTAssertTrue(page.contains(title), "the page should show the title from the front matter")
        XCTAssertTrue(page.contains("研究生服务团扎根基层两年。"), "the page should show the body")
        XCTAssertFalse(page.contains("title: "), "the front matter leaked into the page")
        XCTAssertFalse(page.contains("\u{FEFF}"), "the BOM leaked into the page")
    }

    func testGB18030IsReadWithAWarning() throws {
        let (scratch, site) = try makeExampleSite()
        let title = "国标编码保存的社区服务案例"
        let body = "这份文件由旧版记事本以国标编码保存。研究生志愿者每周走进社区，为老年人讲解智能手机的使用方法。"
        let file = "content/cases/gb-case.md"
        try gb18030(caseFile(title: title, category: "social-service", body: body), scratch: scratch)
            .write(to: site.appendingPathComponent(file))

        let run = try buildOK(site)
        XCTAssertNotNil(run.stderr.range(of: "\(NSRegularExpression.escapedPattern(for: file)):\\d+:\\d+: warning: .*GB18030",
                                         options: .regularExpression),
                        "a warning should name the file and GB18030\n\(run)")
        let page = read(site.appendingPathComponent("public/cases/gb-case/index.html"))
        XCTAssertTrue(page.contains(title), "the page should show the Chinese title correctly")
        XCTAssertTrue(page.contains("研究生志愿者每周走进社区"), "the page should show the Chinese body correctly")
    }

    func testGBKPageIsReadWithAWarning() throws {
        let (scratch, site) = try makeExampleSite()
        let file = "content/pages/contact.md"
        let text = "---\ntitle: 联系我们\n---\n研究生院党委宣传部，地址：行政楼三层，欢迎来信来访。\n"
        try gb18030(text, scratch: scratch).write(to: site.appendingPathComponent(file))
        let run = try buildOK(site)
        XCTAssertTrue(run.stderr.contains(file) && run.stderr.contains("GB18030"), "a warning should name the page\n\(run)")
    }

    /// Partners in Taiwan and Hong Kong save Big5, which also decodes as GB18030, into
    /// nonsense: it must be recognised, not published as mojibake.
    func testBig5IsReadAsBig5WithAWarning() throws {
        let (scratch, site) = try makeExampleSite()
        let title = "臺灣與香港夥伴的數位典藏計畫"
        let body = "研究生團隊與臺北、香港的合作夥伴共同建置數位展覽廳，整理十二處革命舊址的影像與口述歷史。"
        let file = "content/cases/big5-case.md"
        let text = "---\ntitle: \(title)\ndate: 2024-03-01\ncategory: red-culture\nsummary: 數位展覽廳。\n---\n\(body)\n"
        try gb18030(text, scratch: scratch, encoding: "BIG5")
            .write(to: site.appendingPathComponent(file))

        let run = try buildOK(site)
        XCTAssertNotNil(run.stderr.range(of: "\(NSRegularExpression.escapedPattern(for: file)):1:1: warning: the file is Big5",
                                         options: .regularExpression),
                        "a warning should name the file and Big5\n\(run)")
        XCTAssertFalse(run.stderr.contains("GB18030"), "a Big5 file is not GBK\n\(run)")
        let page = read(site.appendingPathComponent("public/cases/big5-case/index.html"))
        XCTAssertTrue(page.contains(title), "the page should show the traditional title as written")
        XCTAssertTrue(page.contains("整理十二處革命舊址的影像與口述歷史"), "the page should show the body as written")
    }

    func testBytesThatAreNotTextAreAnErrorNamingTheFile() throws {
        let (_, site) = try makeExampleSite()
        let file = "content/cases/binary.md"
        var bytes = Data("---\ntitle: 坏文件\n".utf8)
        bytes += Data([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0xFF, 0xFE, 0x00, 0x01, 0x02, 0x00, 0xFF, 0xFF, 0x00])
        try bytes.write(to: site.appendingPathComponent(file))

        let run = try build(site)
        XCTAssertEqual(run.status, 1, "a file that is not text is an error\n\(run)")
        XCTAssertNotNil(run.stderr.range(of: "\(NSRegularExpression.escapedPattern(for: file)):3:1: error: .*not UTF-8",
                                         options: .regularExpression),
                        "the error should name the file, the line of the first bad byte, and `not UTF-8`\n\(run)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }

    func testUTF16FileIsNamedAsNotUTF8() throws {
        let (_, site) = try makeExampleSite()
        let file = "content/cases/utf16.md"
        var bytes = Data([0xFF, 0xFE])
        for unit in caseFile(title: "另存为 Unicode 的案例", body: "正文。").utf16 {
            bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8))
        }
        try bytes.write(to: site.appendingPathComponent(file))
        let run = try build(site)
        XCTAssertEqual(run.status, 1, "\(run)")
        XCTAssertTrue(run.stderr.contains(file) && run.stderr.contains("not UTF-8"), "\(run)")
    }
}
