import ExhibitTemplates
import Testing

/// The interface strings looked up by the number of the tag's name render exactly as the
/// dictionary they stand for, in Exhibit's engine and in swift-mustache.
@Suite struct TemplateStringsTests {
    let strings = ["next": "下一个", "previous": "上一个", "escaped": "<R&D>", "empty": ""]

    func theme(_ text: String) throws -> Theme {
        try Theme(sources: [TemplateSource(name: "main", path: "main", text: text)])
    }

    @Test func stringsRenderAsTheirDictionary() throws {
        // Made before the templates are read: names the templates number later (`other`,
        // `missing`) are not in its table, and must be nil, not another name's string.
        let table = TemplateStrings(strings)
        let templates = [
            "{{t.next}} {{t.previous}} {{t.escaped}} {{{t.escaped}}} [{{t.empty}}] [{{t.missing}}]",
            "{{#t}}{{next}}|{{other}}|{{title}}{{/t}}{{^t}}none{{/t}}",
            "{{#t.empty}}yes{{/t.empty}}{{^t.missing}}no{{/t.missing}} {{count(t)}} {{#sorted(t)}}{{key}}={{value}};{{/sorted(t)}}",
            "{{#cases}}{{title}} {{t.next}};{{/cases}}",
        ]
        for text in templates {
            let theme = try theme(text)
            let cases: [Any] = [["title": "苹果"] as [String: Any], ["title": "红色", "t": ["next": "覆盖"]] as [String: Any]]
            let ours = theme.render("main", context: ["t": table, "title": "页", "cases": cases] as [String: Any])
            let asDictionary = theme.render("main", context: ["t": strings, "title": "页", "cases": cases] as [String: Any])
            let oracle = theme.renderWithSwiftMustache("main", context: ["t": table, "title": "页", "cases": cases] as [String: Any])
            #expect(ours != nil)
            #expect(ours == asDictionary, "\(text)")
            #expect(ours == oracle, "\(text)")
        }
    }

    @Test func aStringIsFoundByItsNameAlone() throws {
        let table = TemplateStrings(["a": "1", "b": "2"])
        #expect(table.dictionary == ["a": "1", "b": "2"])
        #expect(try theme("{{t.a}}{{t.b}}{{t.c}}").render("main", context: ["t": table] as [String: Any]) == "12")
    }
}
