import Foundation
import XCTest

/// The workbooks of `exhibit new sheet` and `exhibit export`, read back by openpyxl (an
/// independent reader of the format, as Excel, WPS and LibreOffice are), and workbooks
/// made by openpyxl imported. openpyxl is installed by scripts/setup.
final class WorkbookTests: EndToEndCase {
    /// Runs a Python script with openpyxl in `folder`; its standard output.
    private func python(_ script: String, in folder: URL) throws -> String {
        let python = try XCTUnwrap(Locations.onPath("python3"), "python3 is needed")
        let run = try runProgram(python, ["-c", "import openpyxl\n" + script], in: folder)
        XCTAssertEqual(run.status, 0, "openpyxl is needed (scripts/setup installs it)\n\(run)")
        return run.stdout
    }

    func testANewSheetHasAColumnPerFieldADropDownDateCellsInstructionsAndAFrozenHeader() throws {
        let (scratch, site) = try makeExampleSite()
        let run = try exhibit(["new", "sheet", "cases.xlsx", "--site", site.path], in: scratch)
        XCTAssertEqual(run.status, 0, "\(run)")
        let seen = try python("""
            wb = openpyxl.load_workbook("cases.xlsx")
            ws = wb["案例"]
            print(wb.sheetnames, ws.freeze_panes, ws.max_row)
            headers = [c.value for c in ws[1]]
            print(headers[:11], headers[-1], "数据：受益农户（户）" in headers)
            for dv in ws.data_validations.dataValidation: print(dv.type, dv.formula1, dv.sqref)
            print(ws.column_dimensions["B"].width, wb["填写说明"]["A1"].value)
            """, in: scratch)
        XCTAssertEqual(seen, """
            ['案例', '填写说明'] A2 1
            ['标题', '日期', '类别', '网址名', '摘要', '单位', '标签', '合作单位', '封面', '封面说明', '推荐'] 正文 True
            date 1 B2:B201
            list "rural-revitalization,red-culture,innovation-entrepreneurship,research,social-service" C2:C201
            list "是,否" K2:K201
            12.7109375 案例收集表填写说明

            """)
        let again = try exhibit(["new", "sheet", "cases.xlsx", "--site", site.path], in: scratch)
        XCTAssertEqual(again.status, 1, "a workbook is never replaced\n\(again)")
        // A folder that does not exist is said once, in Exhibit's words.
        let nowhere = try exhibit(["export", "nowhere/cases.xlsx", "--site", site.path], in: scratch)
        XCTAssertEqual(nowhere.status, 1)
        XCTAssertEqual(nowhere.stderr, "nowhere/cases.xlsx: error: the folder nowhere does not exist\n    fix: create it first, or write the workbook into an existing folder\n")
    }

    func testExportThenImportOfTheExampleSiteChangesNoFile() throws {
        let (scratch, site) = try makeExampleSite()
        let export = try exhibit(["export", "cases.xlsx", "--site", site.path], in: scratch)
        XCTAssertEqual(export.status, 0, "\(export)")
        let count = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/cases").path).count
        XCTAssertEqual(export.stdout, "wrote \(count) case(s) to cases.xlsx\n")
        let rows = try python("""
            ws = openpyxl.load_workbook("cases.xlsx")["案例"]
            row = {ws.cell(1, c).value: ws.cell(r, c) for r in range(2, ws.max_row + 1) for c in range(1, ws.max_column + 1) if ws.cell(r, 4).value == "apple-service"}
            print(ws.max_row - 1, row["日期"].value.date(), row["日期"].number_format, row["类别"].value, row["数据：苹果增产（%）"].value, row["标签"].value)
            """, in: scratch)
        XCTAssertEqual(rows, "\(count) 2024-06-18 yyyy-mm-dd rural-revitalization 30 科技助农、电商直播、产学研、乡村振兴\n")
        let before = snapshot(site)
        let back = try exhibit(["import", "cases.xlsx", "--update", "--site", site.path], in: scratch)
        XCTAssertEqual(back.status, 0, "\(back)")
        XCTAssertTrue(back.stdout.hasSuffix("created 0, updated 0, unchanged \(count) case(s)\n"), "\(back)")
        XCTAssertEqual(snapshotDifference(before, snapshot(site)), "", "export then import changes no file")
        let again = try exhibit(["export", "cases.xlsx", "--site", site.path], in: scratch)
        XCTAssertEqual(again.status, 1, "an exported workbook is never replaced\n\(again)")
    }

    func testAWorkbookFilledInElsewhereIsImportedAndItsBadCellsNamed() throws {
        let (scratch, site) = try makeExampleSite()
        _ = try python("""
            import datetime
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Sheet1"
            ws.append(["标题", "日期", "类别", "数据：受益农户（户）", "正文"])
            ws.append(["社区义诊进万家", datetime.datetime(2024, 6, 18), "社会服务", 300, "义诊 12 场。"])
            ws.append(["乡村夜校", datetime.datetime(2024, 3, 1), "rural-revitalizaton", "三百", ""])
            wb.save("filled.xlsx")
            """, in: scratch)
        let before = snapshot(site)
        let bad = try exhibit(["import", "filled.xlsx", "--site", site.path], in: scratch)
        XCTAssertEqual(bad.status, 1, "\(bad)")
        XCTAssertEqual(bad.stderr, """
            filled.xlsx:Sheet1!C3: error: unknown category `rural-revitalizaton`
                fix: did you mean `rural-revitalization`? use one of the categories of content/site.yaml: rural-revitalization（乡村振兴）, red-culture（红色文化数字化）, innovation-entrepreneurship（创新创业）, research（科研攻关）, social-service（社会服务）
            filled.xlsx:Sheet1!D3: error: `三百` is not a number (figure `受益农户`)
                fix: write digits only, e.g. `30` or `2.5`; the unit belongs in the column header (`数据：受益农户（户）`)
            import failed: 2 error(s); nothing was written

            """)
        XCTAssertEqual(snapshotDifference(before, snapshot(site)), "", "nothing is written when a cell is bad")
        _ = try python("""
            wb = openpyxl.load_workbook("filled.xlsx")
            wb["Sheet1"]["C3"] = "rural-revitalization"
            wb["Sheet1"]["D3"] = 30
            wb.save("filled.xlsx")
            """, in: scratch)
        let good = try exhibit(["import", "filled.xlsx", "--site", site.path], in: scratch)
        XCTAssertEqual(good.status, 0, "\(good)")
        XCTAssertEqual(read(site.appendingPathComponent("content/cases/she-qu-yi-zhen-jin-wan-jia.md")),
                       "---\ntitle: 社区义诊进万家\ndate: 2024-06-18\ncategory: social-service\nmetrics:\n  - {label: 受益农户, value: 300, unit: 户}\n---\n义诊 12 场。\n")
        XCTAssertEqual(read(site.appendingPathComponent("content/cases/xiang-cun-ye-xiao.md")),
                       "---\ntitle: 乡村夜校\ndate: 2024-03-01\ncategory: rural-revitalization\nmetrics:\n  - {label: 受益农户, value: 30, unit: 户}\n---\n")
        try buildOK(site)
    }

    /// LibreOffice (headless, as `soffice --convert-to csv`) opens both workbooks; the CSV
    /// it makes of an export imports back without changing a file.
    func testLibreOfficeOpensTheWorkbooksAndItsCSVImportsBackUnchanged() throws {
        let soffice = try XCTUnwrap(Locations.onPath("soffice"), "LibreOffice is needed (scripts/setup installs libreoffice-calc-nogui)")
        let (scratch, site) = try makeExampleSite()
        XCTAssertEqual(try exhibit(["new", "sheet", "blank.xlsx", "--site", site.path], in: scratch).status, 0)
        XCTAssertEqual(try exhibit(["export", "cases.xlsx", "--site", site.path], in: scratch).status, 0)
        // 44,34,76: comma, double quote, UTF-8. A profile of its own, so that a running
        // LibreOffice of the user's is not asked to do it.
        let profile = "-env:UserInstallation=file://" + scratch.appendingPathComponent("lo-profile").path
        let convert = try runProgram(soffice, [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                                               "--outdir", scratch.appendingPathComponent("lo").path, "blank.xlsx", "cases.xlsx"], in: scratch)
        XCTAssertEqual(convert.status, 0, "\(convert)")
        let blank = read(scratch.appendingPathComponent("lo/blank.csv"))
        XCTAssertTrue(blank.hasPrefix("\"标题\",\"日期\",\"类别\",\"网址名\","), blank)
        XCTAssertEqual(blank.split(separator: "\n").count, 1, "an empty sheet is its header row\n\(blank)")
        let before = snapshot(site)
        let back = try exhibit(["import", "lo/cases.csv", "--update", "--site", site.path], in: scratch)
        XCTAssertEqual(back.status, 0, "\(back)")
        let count = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/cases").path).count
        XCTAssertTrue(back.stdout.hasSuffix("created 0, updated 0, unchanged \(count) case(s)\n"), "\(back)")
        XCTAssertEqual(snapshotDifference(before, snapshot(site)), "")
    }

    /// A cell that starts with `=` is written as text: no formula of a case's text runs
    /// when the office opens the export.
    func testTextThatLooksLikeAFormulaIsExportedAsText() throws {
        let (scratch, site) = try makeExampleSite()
        let file = site.appendingPathComponent("content/cases/apple-service.md")
        try write(read(file).replacingOccurrences(of: "summary: ", with: "summary: \"=HYPERLINK(\\\"http://example.com\\\")\"\nx_old_summary: "), to: file)
        XCTAssertEqual(try exhibit(["export", "cases.xlsx", "--site", site.path], in: scratch).status, 0)
        let seen = try python("""
            ws = openpyxl.load_workbook("cases.xlsx")["案例"]
            for r in range(2, ws.max_row + 1):
                if ws.cell(r, 4).value == "apple-service": print(ws.cell(r, 5).data_type, ws.cell(r, 5).value)
            """, in: scratch)
        XCTAssertEqual(seen, "s =HYPERLINK(\"http://example.com\")\n")
    }
}
