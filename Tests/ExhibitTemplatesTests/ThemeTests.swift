import ExhibitTemplates
import XCTest

final class ThemeTests: XCTestCase {
    func theme(_ files: [String: String]) throws -> Theme {
        try Theme(sources: files.map { TemplateSource(name: $0.key, path: "templates/\($0.key).mustache", text: $0.value) })
    }

    func testRendersWithParentsPartialsAndEscaping() throws {
        let t = try theme([
            "base": "<title>{{$title}}{{/title}}</title><main>{{$main}}{{/main}}</main>",
            "case": "{{<base}}{{$title}}{{case.title}}{{/title}}{{$main}}{{#case.tags}}{{> tag}}{{/case.tags}}{{/main}}{{/base}}",
            "tag": "<a href=\"{{url}}\">{{name}}</a>",
        ])
        let html = t.render("case", context: ["case": ["title": "A & B", "tags": [["name": "<x>", "url": "t/"]]]])
        XCTAssertEqual(html, "<title>A &amp; B</title><main><a href=\"t/\">&lt;x&gt;</a></main>")
    }

    func testUnknownNamesAreReportedWithLineAndSuggestion() throws {
        let t = try theme(["case": "<h1>{{case.title}}</h1>\n{{#case.tags}}{{nmae}}{{/case.tags}}\n{{case.covr}}"])
        let specimen: [String: Any] = ["case": ["title": "x", "cover": ["url": "c"], "tags": [["name": "t", "url": "u"]]]]
        let problems = t.check("case", specimen: specimen, page: "case page")
        XCTAssertEqual(problems.map { "\($0.line):\($0.column) \($0.message)" },
                       ["2:15 `nmae` is not a value of the case page", "3:1 `case.covr` is not a value of the case page"])
        XCTAssertTrue(problems[0].fix?.hasPrefix("did you mean `name`?") == true)
        XCTAssertTrue(problems[1].fix?.hasPrefix("did you mean `case.cover`?") == true)
    }

    /// A stray dot, or a name inside a text: the message says what is wrong, not an
    /// empty list of names.
    func testStrayDotsAndNamesInsideATextAreSaidAsSuch() throws {
        let t = try theme(["case": "{{case.title.}}\n{{case..title}}\n{{case.title.text}}\n{{case.cover.rul}}"])
        let specimen: [String: Any] = ["case": ["title": "x", "cover": ["url": "c"]]]
        let problems = t.check("case", specimen: specimen, page: "case page")
        XCTAssertEqual(problems.map { "\($0.line):\($0.column) \($0.message) | \($0.fix ?? "")" }, [
            "1:1 `case.title.` has an empty part: a name is words joined by single dots | write `case.title`",
            "2:1 `case..title` has an empty part: a name is words joined by single dots | write `case.title`",
            "3:1 `case.title.text` is not a value of the case page: `case.title` is a single value, with no names inside it | write `case.title` (docs/TEMPLATES.md lists every name)",
            "4:1 `case.cover.rul` is not a value of the case page | did you mean `case.cover.url`? names here: url (docs/TEMPLATES.md lists them all)",
        ])
    }

    func testNamesOfOuterSectionsAndListHelpersResolve() throws {
        let t = try theme(["list": "{{#items}}{{title}} {{root}} {{#first}}1{{/first}}{{/items}}"])
        XCTAssertEqual(t.check("list", specimen: ["root": "../", "items": [["title": "a"]]], page: "list page"), [])
    }

    func testUnclosedSectionIsReportedWhereItOpens() {
        XCTAssertThrowsError(try theme(["page": "a\n  {{#list}}\nb\n"])) { error in
            let problem = (error as! TemplateErrors).problems[0]
            XCTAssertEqual(problem.line, 2)
            XCTAssertEqual(problem.column, 3)
            XCTAssertEqual(problem.message, "`{{#list}}` is never closed")
        }
    }

    func testMissingPartialIsReported() throws {
        let t = try theme(["home": "{{> partials/nope}}"])
        XCTAssertEqual(t.check("home", specimen: [:], page: "home page").first?.message, "there is no template `partials/nope`")
    }
}
