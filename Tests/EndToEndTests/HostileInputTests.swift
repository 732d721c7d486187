import Foundation
import XCTest

/// Huge or pathological Markdown must build, in reasonable time, without crashing.
final class HostileInputTests: EndToEndCase {
    /// A hang guard, not a speed check (speed is measured by `bench/`): a quadratic path
    /// takes many minutes on these inputs, and a loaded machine must never fail it.
    static let limit: TimeInterval = 150

    static let paragraphs = [
        "西岭县地处黄土高原沟壑区，苹果是全县第一大富民产业，但长期存在土壤有机质偏低、施肥凭经验、销售渠道单一等问题。服务团在 6 个乡镇、32 个村走访了 400 多户果农，梳理出最集中的三个难题。",
        "研究生党员走进 30 个村镇，为 52 位老战士、老党员录制口述史影像，整理成可检索的数字档案并面向公众开放。亲历革命战争和新中国建设的老战士大多年事已高，他们的记忆是最鲜活的红色史料。",
        "孵化中心为每个入驻项目配备学术导师、产业导师和党员导师，三年累计入驻项目 15 个，注册企业 8 家，带动就业 120 人，获得融资 2600 万元，形成“导师+党员+校友”的全程陪跑机制。",
        "临时党支部随课题立项而建、随课题结题而撤，但工作标准不降低。支部围绕课题的三个技术难点成立三个党员攻关小组，每组由一名青年教师党员带领，实行**周例会、月复盘**，把实验中的失败摆到桌面上一起分析。",
    ]

    /// Adds `body` as a case, builds, and checks exit 0 within the limit and the page exists.
    @discardableResult
    private func assertBuilds(slug: String, title: String, body: String, file: StaticString = #filePath, line: UInt = #line) throws -> ExhibitRun {
        let (_, site) = try makeExampleSite()
        try write(caseFile(title: title, body: body), to: site.appendingPathComponent("content/cases/\(slug).md"))
        let run = try build(site, [], timeout: Self.limit * 3)
        XCTAssertEqual(run.status, 0, "the build should succeed\n\(run)", file: file, line: line)
        XCTAssertFalse(run.timedOut, "the build hung\n\(run)", file: file, line: line)
        XCTAssertLessThan(run.seconds, Self.limit, "the build took too long", file: file, line: line)
        let page = site.appendingPathComponent("public/cases/\(slug)/index.html")
        XCTAssertTrue(read(page).contains(title), "the page of \(slug) should show its title", file: file, line: line)
        return run
    }

    func testTenMegabyteChineseCaseBuilds() throws {
        var body = ""
        var section = 0
        while body.utf8.count < 10 * 1024 * 1024 {
            if section % 20 == 0 { body += "## 第\(section / 20 + 1)部分：实践与成效\n\n" }
            body += Self.paragraphs[section % Self.paragraphs.count] + "\n\n"
            if section % 50 == 7 { body += "- 测得准：土壤检测 1260 个样本；\n- 种得好：示范园 3 个；\n- 卖得出：直播销售 386 万元。\n\n" }
            section += 1
        }
        try assertBuilds(slug: "ten-megabytes", title: "十兆字节的长篇案例", body: body)
    }

    func testFiftyThousandNestedBlockQuotesBuild() throws {
        try assertBuilds(slug: "nested-quotes", title: "五万层嵌套引用",
                         body: String(repeating: ">", count: 50_000) + " 最深处的一句话\n")
    }

    func testFiftyThousandOpenBracketsBuild() throws {
        try assertBuilds(slug: "open-brackets", title: "五万个左方括号",
                         body: String(repeating: "[", count: 50_000) + "链接文字](other.md)\n")
    }

    func testFiftyThousandNestedListsAndEmphasisBuild() throws {
        var body = ""
        for depth in 0..<2_000 { body += String(repeating: "  ", count: depth) + "- 第\(depth)层\n" }
        body += "\n" + String(repeating: "*", count: 50_000) + "强调" + String(repeating: "_", count: 50_000) + "\n"
        try assertBuilds(slug: "deep-lists", title: "深层列表与强调", body: body)
    }
}

/// Markdown that reaches cmark-gfm's quadratic paths is defused before parsing, with a
/// warning at its line; the case is still built (before, 117 KB of `![[]()` took 3 s,
/// 234 KB 12 s, and a table of 40,000 columns 10 s).
final class MarkdownBoundsEndToEndTests: EndToEndCase {
    /// Builds the example site with `body` as content/cases/<slug>.md (whose body starts
    /// on line 7); the build must succeed.
    private func build(slug: String, body: String, file: StaticString = #filePath, line: UInt = #line) throws -> (run: ExhibitRun, page: String) {
        let (_, site) = try makeExampleSite()
        try write(caseFile(title: "边界测试", body: body), to: site.appendingPathComponent("content/cases/\(slug).md"))
        let run = try build(site, [], timeout: 300)
        XCTAssertEqual(run.status, 0, "the build should succeed\n\(run)", file: file, line: line)
        return (run, read(site.appendingPathComponent("public/cases/\(slug)/index.html")))
    }

    func testImagesLeftOpenAroundLinksAreShownAsTyped() throws {
        let (run, page) = try build(slug: "open-images", body: String(repeating: "![[]()", count: 20_000))
        XCTAssertTrue(run.stderr.contains("content/cases/open-images.md:7:1: warning: this paragraph has 20000 `![`, with more than 100 images open at once (never closed by `]`); they are shown as typed, not as images\n"
            + "    fix: close each image as `![alt](picture.png)`, or write a `![` meant as text as `!\\[`"), run.description)
        XCTAssertTrue(page.contains("![<a href=\"\">"), "the links stay links, the `![` text")
    }

    func testTableOfFortyThousandColumnsIsPlainText() throws {
        let (run, page) = try build(slug: "wide-table", body: String(repeating: "|a", count: 40_000) + "|\n" + String(repeating: "|-", count: 40_000) + "|\n")
        XCTAssertTrue(run.stderr.contains("content/cases/wide-table.md:7:1: warning: this table has 40000 columns, more than the 200 a table can have; it is shown as plain text\n"
            + "    fix: split it into tables of at most 200 columns, or put the data in a CSV file beside the case and link to it"), run.description)
        XCTAssertTrue(page.contains("<p>|a|a|a|"), "the table is shown as the text typed")
    }

    func testRowOfFortyThousandCellsKeepsItsTable() throws {
        let (run, page) = try build(slug: "long-row", body: "| 指标 | 数值 |\n|---|---:|\n| 增产 | 30% " + String(repeating: "| x ", count: 40_000) + "|\n")
        XCTAssertTrue(run.stderr.contains("content/cases/long-row.md:9:1: warning: this table row has 40002 cells but its table 2 columns; the cells after column 2 are not shown"), run.description)
        XCTAssertTrue(page.contains("<td>增产</td>\n<td style=\"text-align: right\">30%</td>\n</tr>"), "the row keeps its two cells")
    }

    func testQuotesNestedFiftyThousandDeepWithLazyLines() throws {
        let body = String(repeating: ">", count: 50_000) + " 深处\n" + String(repeating: "续行\n", count: 100_000)
        let (run, page) = try build(slug: "deep-quote", body: body)
        XCTAssertTrue(run.stderr.contains("content/cases/deep-quote.md:7:101: warning: block quotes and lists are nested more than 100 levels deep here; the rest of the line is shown as text"), run.description)
        XCTAssertEqual(page.components(separatedBy: "<blockquote>").count - 1, 100)
    }

    func testBodyOverSixteenMegabytesIsAnError() throws {
        let (_, site) = try makeExampleSite()
        let body = String(repeating: "这是一段很长的正文。\n\n", count: 17 * 1_048_576 / 32 + 1)
        try write(caseFile(title: "超大案例", body: body), to: site.appendingPathComponent("content/cases/huge.md"))
        let run = try build(site, [], timeout: 300)
        XCTAssertEqual(run.status, 1, run.description)
        XCTAssertTrue(run.stderr.contains("content/cases/huge.md:7:1: error: the Markdown body is 17.0 MB, more than the 16 MB one page can have\n"
            + "    fix: split it into several cases or pages, and put large data in a file beside it"), run.description)
    }
}

/// Templates that would recurse forever, or thousands deep, are errors at their line for
/// `build` and `check` (before, both died of a stack overflow, exit 139).
final class TemplateRecursionEndToEndTests: EndToEndCase {
    private func assertRefused(_ templates: [String: String], message: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let (_, site) = try makeExampleSite()
        for (path, text) in templates { try write(text, to: site.appendingPathComponent("templates/\(path)")) }
        for command in ["build", "check"] {
            let run = try exhibit([command, "--site", site.path], in: site.deletingLastPathComponent(), timeout: 120)
            XCTAssertEqual(run.status, 1, "`\(command)` should report an error, not crash\n\(run)", file: file, line: line)
            XCTAssertTrue(run.stderr.contains(message), "`\(command)` should say:\n\(message)\n\(run)", file: file, line: line)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), file: file, line: line)
    }

    func testAPartialThatIncludesItself() throws {
        try assertRefused(
            ["partials/metrics.mustache": "<dl class=\"metrics\">\n{{#metrics}}\n{{> partials/metrics}}\n{{/metrics}}</dl>\n"],
            message: "templates/partials/metrics.mustache:3:1: error: partial `partials/metrics` includes itself (partials/metrics → partials/metrics)\n"
                + "    fix: Mustache would include it forever: remove `{{> partials/metrics}}` here, or the include that leads back to `partials/metrics`")
    }

    func testTwoPartialsThatIncludeEachOther() throws {
        try assertRefused(
            ["partials/metrics.mustache": "<dl class=\"metrics\">{{#metrics}}{{label}}{{/metrics}}</dl>\n{{> partials/pagination}}\n",
             "partials/pagination.mustache": "<nav>\n{{> partials/metrics}}</nav>\n"],
            message: "templates/partials/metrics.mustache:2:1: error: partial `partials/metrics` includes itself (partials/metrics → partials/pagination → partials/metrics)")
    }

    func testFiveThousandNestedSections() throws {
        let text = "{{<base}}\n{{$main}}\n" + String(repeating: "{{#case}}\n", count: 5_000) + "{{title}}\n"
            + String(repeating: "{{/case}}\n", count: 5_000) + "{{/main}}\n{{/base}}\n"
        try assertRefused(["case.mustache": text],
                          message: "templates/case.mustache:101:1: error: sections are nested more than 100 levels deep here")
    }
}
