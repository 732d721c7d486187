import Foundation
import XCTest

/// `exhibit import` as the publicity office runs it on the sheet the branches filled in:
/// new cases written in pinyin-named files, every bad cell reported at once with nothing
/// written, GBK from a Chinese Excel read, and `--update` changing only changed cells.
final class ImportTests: EndToEndCase {
    @discardableResult
    private func sheet(_ text: String, bom: Bool = true, in folder: URL, name: String = "cases.csv") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)).write(to: url)
        return url
    }

    func testRowsBecomeCaseFilesThatBuild() throws {
        let (scratch, site) = try makeExampleSite()
        let csv = try sheet("标题,日期,类别,单位,标签,推荐,数据：受益农户（户）,正文\r\n"
            + "社区党建“微课堂”,2024/6/18,乡村振兴,化学学院党支部,\"共建、党建\",是,\"1,200\",\"第一段。\r\n\r\n**第二段**。\"\r\n", in: scratch)
        let run = try exhibit(["import", csv.path, "--site", site.path], in: scratch)
        XCTAssertEqual(run.status, 0, "\(run)")
        XCTAssertEqual(run.stdout, "create content/cases/she-qu-dang-jian-wei-ke-tang.md\ncreated 1, updated 0, unchanged 0 case(s)\n")
        XCTAssertEqual(read(site.appendingPathComponent("content/cases/she-qu-dang-jian-wei-ke-tang.md")), """
            ---
            title: 社区党建“微课堂”
            date: 2024-06-18
            category: rural-revitalization
            organization: 化学学院党支部
            tags: [共建, 党建]
            featured: true
            metrics:
              - {label: 受益农户, value: 1200, unit: 户}
            ---
            第一段。

            **第二段**。

            """)
        try buildOK(site)
        XCTAssertTrue(read(site.appendingPathComponent("public/cases/she-qu-dang-jian-wei-ke-tang/index.html")).contains("<strong>第二段</strong>"))
    }

    func testAGBKSheetFromAChineseExcelIsRead() throws {
        let (scratch, site) = try makeExampleSite()
        // 标题,日期,类别,正文 / 红色口述史进社区,2024-05-04,红色文化数字化,讲述者 12 人。 in GBK, CRLF.
        let gbk: [UInt8] = [0xB1, 0xEA, 0xCC, 0xE2, 0x2C, 0xC8, 0xD5, 0xC6, 0xDA, 0x2C, 0xC0, 0xE0, 0xB1, 0xF0, 0x2C, 0xD5, 0xFD, 0xCE, 0xC4, 0x0D, 0x0A,
                            0xBA, 0xEC, 0xC9, 0xAB, 0xBF, 0xDA, 0xCA, 0xF6, 0xCA, 0xB7, 0xBD, 0xF8, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0x32, 0x30, 0x32, 0x34,
                            0x2D, 0x30, 0x35, 0x2D, 0x30, 0x34, 0x2C, 0xBA, 0xEC, 0xC9, 0xAB, 0xCE, 0xC4, 0xBB, 0xAF, 0xCA, 0xFD, 0xD7, 0xD6, 0xBB, 0xAF,
                            0x2C, 0xBD, 0xB2, 0xCA, 0xF6, 0xD5, 0xDF, 0x20, 0x31, 0x32, 0x20, 0xC8, 0xCB, 0xA1, 0xA3, 0x0D, 0x0A]
        let csv = scratch.appendingPathComponent("gbk.csv")
        try Data(gbk).write(to: csv)
        let run = try exhibit(["import", csv.path, "--site", site.path], in: scratch)
        XCTAssertEqual(run.status, 0, "\(run)")
        XCTAssertEqual(read(site.appendingPathComponent("content/cases/hong-se-kou-shu-shi-jin-she-qu.md")),
                       "---\ntitle: 红色口述史进社区\ndate: 2024-05-04\ncategory: red-culture\n---\n讲述者 12 人。\n")
    }

    func testEveryBadCellIsReportedAtOnceAndNothingIsWritten() throws {
        let (scratch, site) = try makeExampleSite()
        let csv = try sheet("标题,日期,类别,数据：受益农户（户）,备注\n"
            + "甲,2024-02-30,reserch,三十,\n"
            + "甲,2024-03-01,research,30,\n"
            + "乙,2024-13,科研攻关,,\n", in: scratch)
        let before = snapshot(site)
        let run = try exhibit(["import", csv.path, "--site", site.path], in: scratch)
        XCTAssertEqual(run.status, 1, "\(run)")
        XCTAssertEqual(run.stderr, """
            cases.csv:E1: error: unknown column `备注`
                fix: the columns are 标题, 日期, 类别, 网址名, 摘要, 单位, 标签, 合作单位, 封面, 封面说明, 推荐, 正文, and figures as `数据：名称（单位）`
            import failed: 1 error(s); nothing was written

            """)
        try sheet("标题,日期,类别,数据：受益农户（户）\n"
            + "甲,2024-02-30,reserch,三十\n"
            + "甲,2024-03-01,research,30\n"
            + "乙,2024-13,科研攻关,\n"
            + "苹果产业“三段式”创新服务,2024-06-18,rural-revitalization,\n", in: scratch)
        let cells = try exhibit(["import", csv.path, "--site", site.path], in: scratch)
        XCTAssertEqual(cells.status, 1, "\(cells)")
        XCTAssertEqual(cells.stderr, """
            cases.csv:B2: error: `2024-02-30` is not a real date: 2024-02 has 29 days, not 30
                fix: check the day and month; write e.g. `2024-06-18`
            cases.csv:C2: error: unknown category `reserch`
                fix: did you mean `research`? use one of the categories of content/site.yaml: rural-revitalization（乡村振兴）, red-culture（红色文化数字化）, innovation-entrepreneurship（创新创业）, research（科研攻关）, social-service（社会服务）
            cases.csv:D2: error: `三十` is not a number (figure `受益农户`)
                fix: write digits only, e.g. `30` or `2.5`; the unit belongs in the column header (`数据：受益农户（户）`)
            cases.csv:A3: error: the title `甲` is also in row 2
                fix: each case is one row: delete one of the two rows, or tell the two cases apart in their titles
            cases.csv:B4: error: `2024-13` is not a real date: there is no month 13
                fix: check the day and month; write e.g. `2024-06-18`
            cases.csv:A5: error: the case `苹果产业“三段式”创新服务` is already content/cases/apple-service.md
                fix: run `exhibit import` with --update to change its front matter from the sheet (its text is kept), or delete the row
            import failed: 6 error(s); nothing was written

            """)
        XCTAssertEqual(snapshotDifference(before, snapshot(site)), "", "nothing is written when a cell is bad")
    }

    func testUpdateChangesOnlyChangedCellsAndKeepsTheTextAndComments() throws {
        let (scratch, site) = try makeExampleSite()
        let file = site.appendingPathComponent("content/cases/apple-service.md")
        try write(read(file).replacingOccurrences(of: "slug: apple-service\n", with: "slug: apple-service\n# 党委宣传部 6 月审核\n"), to: file)
        let original = read(file)
        let csv = try sheet("标题,日期,类别,网址名,单位\n"
            + "苹果产业“三段式”创新服务,2024-06-18,乡村振兴,apple-service,农学院研究生第一党支部\n", in: scratch)
        let same = try exhibit(["import", csv.path, "--site", site.path, "--update"], in: scratch)
        XCTAssertEqual(same.stdout, "unchanged content/cases/apple-service.md\ncreated 0, updated 0, unchanged 1 case(s)\n", "\(same)")
        XCTAssertEqual(read(file), original)

        try sheet("标题,日期,类别,网址名,单位\n"
            + "苹果产业“三段式”创新服务,2024-06-20,乡村振兴,apple-service,农学院第一党支部\n", in: scratch)
        let dry = try exhibit(["import", csv.path, "--site", site.path, "--update", "--dry-run"], in: scratch)
        XCTAssertEqual(dry.stdout, "would update content/cases/apple-service.md: date, organization\ndry run: would create 0, would update 1, unchanged 0 case(s)\n", "\(dry)")
        XCTAssertEqual(read(file), original, "a dry run writes nothing")

        let real = try exhibit(["import", csv.path, "--site", site.path, "--update"], in: scratch)
        XCTAssertEqual(real.status, 0, "\(real)")
        XCTAssertEqual(read(file), original.replacingOccurrences(of: "date: 2024-06-18\n", with: "date: 2024-06-20\n")
            .replacingOccurrences(of: "organization: 农学院研究生第一党支部\n", with: "organization: 农学院第一党支部\n"))
        XCTAssertTrue(read(file).contains("# 党委宣传部 6 月审核\n"))
    }

    /// The example site has a framework (content/indicators.yaml): an `指标：名称（id）`
    /// column fills `{indicator: id, value}`; a misspelt id is an error at its header.
    func testIndicatorColumnsNameTheFrameworksIds() throws {
        let (scratch, site) = try makeExampleSite()
        let csv = try sheet("标题,日期,类别,指标：党员参与率（member-participaton）\n社区党员先锋岗,2024-04-01,social-service,86.5\n", in: scratch)
        let bad = try exhibit(["import", csv.path, "--site", site.path], in: scratch)
        XCTAssertEqual(bad.status, 1, "\(bad)")
        XCTAssertTrue(bad.stderr.hasPrefix("cases.csv:D1: error: unknown indicator `member-participaton`\n    fix: did you mean `member-participation`? write `指标：名称（id）` with an id of the framework: member-participation, "), "\(bad)")
        try sheet("标题,日期,类别,指标：党员参与率（member-participation）\n社区党员先锋岗,2024-04-01,social-service,86.5\n", in: scratch)
        let good = try exhibit(["import", csv.path, "--site", site.path], in: scratch)
        XCTAssertEqual(good.status, 0, "\(good)")
        XCTAssertEqual(read(site.appendingPathComponent("content/cases/she-qu-dang-yuan-xian-feng-gang.md")),
                       "---\ntitle: 社区党员先锋岗\ndate: 2024-04-01\ncategory: social-service\nmetrics:\n  - {indicator: member-participation, value: 86.5}\n---\n")
        try buildOK(site)
    }

    /// A figure marked `headline: true` keeps the mark when the sheet changes its value;
    /// figures the sheet has no column for stay as the file writes them.
    func testAChangedFigureKeepsItsHeadlineAndOtherFiguresStay() throws {
        let (scratch, site) = try makeExampleSite()
        let file = site.appendingPathComponent("content/cases/apple-service.md")
        try write(read(file).replacingOccurrences(of: "  - {label: 苹果增产, value: 30, unit: \"%\"}", with: "  - {label: 苹果增产, value: 30, unit: \"%\", headline: true}"), to: file)
        let original = read(file)
        XCTAssertTrue(original.contains("headline: true"))
        let csv = try sheet("标题,日期,类别,网址名,数据：苹果增产（%）\n苹果产业“三段式”创新服务,2024-06-18,乡村振兴,apple-service,35\n", in: scratch)
        let run = try exhibit(["import", csv.path, "--site", site.path, "--update"], in: scratch)
        XCTAssertEqual(run.status, 0, "\(run)")
        let lines = read(file).split(separator: "\n").map(String.init)
        let start = try XCTUnwrap(lines.firstIndex(of: "metrics:"))
        XCTAssertEqual(lines[start + 1], "  - {label: 苹果增产, value: 35, unit: \"%\", headline: true}")
        let before = original.split(separator: "\n").map(String.init)
        let kept = before[(before.firstIndex(of: "metrics:")! + 1)...].prefix { $0.hasPrefix("  ") }.filter { !$0.contains("苹果增产") }
        XCTAssertEqual(Array(lines[(start + 2)...].prefix(kept.count)), Array(kept))
    }
}
