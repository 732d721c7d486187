import ExhibitTemplates
import Testing

/// Templates that would make swift-mustache recurse without end (or thousands deep) are
/// refused with a message before anything is parsed deeply or rendered.
@Suite struct TemplateRecursionTests {
    private func problems(_ files: [String: String]) -> [String] {
        do {
            _ = try Theme(sources: files.sorted { $0.key < $1.key }.map {
                TemplateSource(name: $0.key, path: "templates/\($0.key).mustache", text: $0.value)
            })
            return []
        } catch {
            return error.problems.map { "\($0.path):\($0.line):\($0.column): \($0.message)" }
        }
    }

    @Test func aPartialThatIncludesItself() {
        #expect(problems(["page": "{{> a}}", "a": "<p>\n{{#x}}\n{{> a}}\n{{/x}}"])
            == ["templates/a.mustache:3:1: partial `a` includes itself (a → a)"])
    }

    @Test func twoPartialsThatIncludeEachOtherAreNamedOnceInNameOrder() {
        #expect(problems(["page": "{{> b}}", "a": "x\n\n{{> b}}", "b": "{{> a}}"])
            == ["templates/a.mustache:3:1: partial `a` includes itself (a → b → a)"])
    }

    @Test func aLoopThroughAParentTemplate() {
        #expect(problems(["base": "{{<page}}{{/page}}", "page": "{{<base}}{{$main}}{{/main}}{{/base}}"])
            == ["templates/base.mustache:1:1: template `base` includes itself (base → page → base)"])
    }

    @Test func theFixNamesTheTagToRemove() throws {
        let error = try #require(throws: TemplateErrors.self) {
            try Theme(sources: [TemplateSource(name: "a", path: "templates/a.mustache", text: "{{>a}}")])
        }
        #expect(error.problems.first?.fix == "Mustache would include it forever: remove `{{> a}}` here, or the include that leads back to `a`")
    }

    @Test func aLoopWrittenWithOtherDelimitersIsFound() {
        #expect(problems(["a": "{{=<% %>=}}\n<%> a%>"]) == ["templates/a.mustache:2:1: partial `a` includes itself (a → a)"])
    }

    @Test func delimitersSetInsideASectionEndWithIt() {
        // swift-mustache restores `{{ }}` after the section, so `{{> a}}` is a real include.
        #expect(problems(["a": "{{#x}}{{=<% %>=}}<%/x%>{{> a}}"]) == ["templates/a.mustache:1:24: partial `a` includes itself (a → a)"])
    }

    @Test func fiveThousandNestedSectionsAreRefusedAtTheFirstLevelTooMany() {
        let text = "<main>\n" + String(repeating: "{{#x}}", count: 5_000) + String(repeating: "{{/x}}", count: 5_000)
        #expect(problems(["page": text]) == ["templates/page.mustache:2:601: sections are nested more than 100 levels deep here"])
    }

    @Test func aHundredLevelsAreAllowedAndRender() throws {
        let text = String(repeating: "{{#x}}", count: 100) + "deep" + String(repeating: "{{/x}}", count: 100)
        let theme = try Theme(sources: [TemplateSource(name: "page", path: "templates/page.mustache", text: text)])
        #expect(theme.render("page", context: ["x": true]) == "deep")
    }

    @Test func aParentsSectionsAndTheBlocksPutInsideThemAddUp() {
        let open = String(repeating: "{{#x}}", count: 60), close = String(repeating: "{{/x}}", count: 60)
        #expect(problems(["base": open + "{{$b}}{{/b}}" + close, "page": "{{<base}}{{$b}}" + open + close + "{{/b}}{{/base}}"])
            == ["templates/page.mustache:1:1: including `base` here nests sections and partials 123 levels deep; at most 100 are allowed"])
    }

    @Test func nestingIsCountedThroughPartials() {
        let open = String(repeating: "{{#x}}", count: 60), close = String(repeating: "{{/x}}", count: 60)
        #expect(problems(["page": open + "{{> inner}}" + close, "inner": open + close])
            == ["templates/page.mustache:1:361: including `inner` here nests sections and partials 121 levels deep; at most 100 are allowed"])
    }
}
