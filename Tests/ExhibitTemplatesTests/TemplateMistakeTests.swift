import ExhibitTemplates
import Testing

/// Mistakes in a tag are reported where the editor made them, by Exhibit's own reading,
/// before swift-mustache gives up lines further on with a name of its own.
@Suite struct TemplateMistakeTests {
    private func problems(_ text: String) -> [String] {
        do {
            _ = try Theme(sources: [TemplateSource(name: "page", path: "templates/page.mustache", text: text)])
            return []
        } catch {
            return error.problems.map { "\($0.line):\($0.column): \($0.message)" }
        }
    }

    @Test func aTagLeftOpenIsToldWhereItOpens() {
        #expect(problems("<h2>{{title}</h2>\n<p>{{title}}</p>")
            == ["1:5: this tag is not closed before the next `{{` on line 2"])
        #expect(problems("<h2>{{title} {{title}}</h2>") == ["1:5: this tag is not closed before the next `{{`"])
    }

    /// A comment, however its `!` is spaced, may hold the opening delimiter: Mustache ends it
    /// at its first `}}`.
    @Test func aCommentMayHoldTheOpeningDelimiter() {
        #expect(problems("{{! was {{title}} }}<p>{{title}}</p>") == [])
        #expect(problems("{{\n  ! was {{title}} }}<p>{{title}}</p>") == [])
    }

    @Test func aMarkAfterADelimiterIsToldAtTheMark() {
        #expect(problems("<p>{{title}}\u{301}</p>")
            == ["1:13: U+0301 COMBINING ACUTE ACCENT directly after `}}` joins it into one character, so Mustache does not see the tag close"])
        #expect(problems("<p>\n{{! note }}\u{200D}x</p>")
            == ["2:12: the invisible U+200D ZERO WIDTH JOINER directly after `}}` joins it into one character, so Mustache does not see the tag close"])
        #expect(problems("<p>{{title}}\u{FE0F}</p>")
            == ["1:13: the invisible U+FE0F VARIATION SELECTOR-16 directly after `}}` joins it into one character, so Mustache does not see the tag close"])
        #expect(problems("<p>{{\u{301}title}}</p>")
            == ["1:6: U+0301 COMBINING ACUTE ACCENT directly after `{{` joins it into one character, so Mustache does not see the tag open"])
        // Chinese punctuation after a tag joins nothing.
        #expect(problems("<p>{{title}}，{{title}}：</p>") == [])
    }

    @Test func malformedDelimitersAreToldAtTheirTag() {
        #expect(problems("<p>\n{{=<%=}}</p>") == ["2:1: this change of delimiters is not written as `{{=<% %>=}}`"])
    }

    @Test func swiftMustachesOwnReasonsAreInWords() {
        #expect(problems("{{% ESCAPE: NONE }}<p>{{title}}</p>").first?.contains("a `{{% … }}` pragma is not one Mustache knows") == true)
    }
}
