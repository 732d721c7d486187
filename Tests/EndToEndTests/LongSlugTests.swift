import Foundation
import Testing

/// Slugs are file and folder names: a long title or file name must still build.
struct LongSlugTests {
    /// 80 Han characters: their pinyin is about 400 bytes, over the 255 a file name may have.
    static let longTitle = String(repeating: "乡村振兴科技服务团助力苹果产业高质量发展", count: 4)

    @Test func newCaseWithALongChineseTitleWritesAFileThatBuilds() throws {
        let e2e = try E2ESite(example: false)
        defer { e2e.remove() }
        let site = e2e.scratch.appendingPathComponent("expo")
        #expect(try e2e.exhibit(["new", "site", site.path]).status == 0)
        let run = try e2e.exhibit(["new", "case", Self.longTitle, "--site", site.path])
        #expect(run.status == 0, "\(run)")
        let path = "content/cases/xiang-cun-zhen-xing-ke-ji-fu-wu-tuan-zhu-li-ping-guo-chan-ye-gao-zhi-642862ea.md"
        #expect(run.stdout.contains(path), "\(run)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path))
        #expect(try e2e.exhibit(["build", "--site", site.path]).status == 0)
        let page = site.appendingPathComponent("public/cases/xiang-cun-zhen-xing-ke-ji-fu-wu-tuan-zhu-li-ping-guo-chan-ye-gao-zhi-642862ea/index.html")
        #expect(read(page).contains(Self.longTitle), "the case page keeps the whole title")
    }

    @Test func aLongChineseFileNameGetsAShortStableSlug() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        try e2e.write(caseFile(title: "长文件名", body: "正文。"), to: "content/cases/\(Self.longTitle).md")
        let first = try e2e.build()
        #expect(first.status == 0, "\(first)")
        let slug = "xiang-cun-zhen-xing-ke-ji-fu-wu-tuan-zhu-li-ping-guo-chan-ye-gao-zhi-642862ea"
        #expect(FileManager.default.fileExists(atPath: e2e.output.appendingPathComponent("cases/\(slug)/index.html").path))
        let before = snapshot(e2e.output)
        #expect(try e2e.build().status == 0)
        #expect(snapshotDifference(before, snapshot(e2e.output)) == "", "the same slug and site in the next build")
    }

    @Test func aTooLongSlugInFrontMatterIsAnErrorAtItsLine() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        let slug = String(repeating: "a", count: 300)
        try e2e.write("---\ntitle: 长\ndate: 2024-03-01\ncategory: research\nslug: \(slug)\n---\n正文。\n", to: "content/cases/long.md")
        let run = try e2e.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("content/cases/long.md:5:7: error: the slug is 300 characters long; a slug may have at most 80"), "\(run)")
        #expect(run.stderr.contains("fix: shorten it, e.g. `slug: \(String(repeating: "a", count: 71))-"), "\(run)")
    }
}
