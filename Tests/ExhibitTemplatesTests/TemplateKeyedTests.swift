import ExhibitTemplates
import Testing

/// A value whose names are made only when asked (a card on a list page) renders exactly
/// as the dictionary it stands for, and is not made when only the given name is read.
@Suite struct TemplateKeyedTests {
    final class Counter { var count = 0 }

    /// A card: `html` given, the rest made on demand; `made` counts how often.
    func card(_ made: Counter, title: String) -> TemplateKeyed {
        TemplateKeyed(["html": "<b>\(title)</b>"]) {
            made.count += 1
            return ["title": title, "url": "cases/\(title)/", "tags": ["一", "二"] as [Any], "featured": true]
        }
    }

    func theme(_ text: String) throws -> Theme {
        try Theme(sources: [TemplateSource(name: "main", path: "main", text: text)])
    }

    @Test func listShowingOnlyHTMLNeverMakesTheRest() throws {
        let made = Counter()
        let context: [String: Any] = ["cases": [card(made, title: "苹果"), card(made, title: "红色")] as [Any]]
        let html = try theme("{{#cases}}<li>{{{html}}}</li>{{/cases}}").render("main", context: context)
        #expect(html == "<li><b>苹果</b></li><li><b>红色</b></li>")
        #expect(made.count == 0)
    }

    @Test func everyOtherNameRendersAsSwiftMustacheRendersTheDictionary() throws {
        let templates = [
            "{{#cases}}{{{html}}} {{title}} {{url}} {{#featured}}★{{/featured}}{{#tags}}[{{.}}]{{/tags}}{{missing}}|{{/cases}}",
            // A name the card lacks is looked up in the page around it, as with a dictionary.
            "{{#cases}}{{site}}:{{title}};{{/cases}}",
            "{{#first}}{{count(tags)}} {{html}}{{/first}}{{^first}}none{{/first}}",
            "{{first.title}} {{first.html}} {{count(first)}} {{#sorted(first)}}{{key}},{{/sorted(first)}}",
        ]
        for text in templates {
            let made = Counter()
            let cases: [Any] = [card(made, title: "苹果"), card(made, title: "<红>")]
            let context: [String: Any] = ["cases": cases, "first": card(made, title: "一"), "site": "展"]
            let theme = try theme(text)
            let ours = theme.render("main", context: context)
            let oracle = theme.renderWithSwiftMustache("main", context: context)
            #expect(ours != nil)
            #expect(ours == oracle, "\(text)")
        }
    }

    /// With the names the rest can have, a name outside them is looked up past the value
    /// without making it, and the page renders as swift-mustache renders the dictionary.
    @Test func aNameTheRestCannotHaveDoesNotMakeIt() throws {
        let made = Counter()
        func link(_ title: String) -> TemplateKeyed {
            TemplateKeyed(["html": "<b>\(title)</b>", "title": title, "url": "cases/\(title)/"], names: ["title", "url", "summary", "cover"]) {
                made.count += 1
                return ["title": title, "url": "cases/\(title)/", "summary": "关于\(title)"]
            }
        }
        let text = "{{#next}}<a href=\"{{url}}\">{{t.next}} {{title}}</a>{{#cover}}x{{/cover}}{{/next}}"
        let theme = try theme(text)
        let context: [String: Any] = ["next": link("苹果"), "t": ["next": "下一个"], "cover": "page"]
        #expect(theme.render("main", context: context) == "<a href=\"cases/苹果/\">下一个 苹果</a>x")
        // `cover` is a name the rest can have: it is made, has none, and the page's is
        // used, as past the dictionary.
        #expect(made.count == 1)
        #expect(theme.render("main", context: context) == theme.renderWithSwiftMustache("main", context: context))
        let withoutCover = try self.theme("{{#next}}<a href=\"{{url}}\">{{t.next}} {{title}}</a>{{html}}{{/next}}")
        made.count = 0
        #expect(withoutCover.render("main", context: context) == withoutCover.renderWithSwiftMustache("main", context: context))
        #expect(made.count == 0, "only given names and names past the value were read")
    }

    @Test func theGivenNameWinsOverAMadeOneAndTheRestIsMadeOncePerValue() throws {
        let made = Counter()
        let value = TemplateKeyed(["html": "given"]) {
            made.count += 1
            return ["html": "made", "title": "t"]
        }
        let html = try theme("{{#v}}{{html}} {{title}} {{title}}{{/v}}").render("main", context: ["v": value])
        #expect(html == "given t t")
        #expect(made.count == 1)
        #expect(value.dictionary["html"] as? String == "given")
        #expect(value.dictionary["title"] as? String == "t")
    }
}
