@testable import ExhibitTemplates
import Mustache
import PropertyBased
import Synchronization
import Testing

/// Exhibit's engine against swift-mustache, its oracle: generated templates (sections,
/// inverted sections, partials alone on their lines and indented, parents with blocks, set
/// delimiters, comments, transforms, CR LF, CJK text) rendered with generated values must
/// give the same bytes, and every template swift-mustache reads, the engine reads.
/// Failing inputs shrink to a small template; the seed in the failure reproduces it.
@Suite struct EngineDifferentialTests {
    @Test func generatedTemplatesRenderAsSwiftMustacheRendersThem() async {
        let ops = Gen.int(in: 0...9_999).array(of: 0...48)
        let compared = Mutex(0)
        await propertyCheck(count: 600, input: ops, ops, Gen.int(in: 0...9_999).array(of: 0...24)) { main, partial, values in
            let sources = [
                TemplateSource(name: "main", path: "main", text: TemplateMaker.template(main, partials: true)),
                TemplateSource(name: "p1", path: "p1", text: TemplateMaker.template(partial, partials: false)),
                TemplateSource(name: "parent", path: "parent", text: TemplateMaker.parent),
            ]
            let acceptedByOracle = sources.allSatisfy { (try? MustacheTemplate(string: $0.text)) != nil }
            guard acceptedByOracle else { return }
            for source in sources {
                #expect((try? InstructionParser.parse(source.text)) != nil, "swift-mustache reads it: \(source.text.debugDescription)")
            }
            guard let theme = try? Theme(sources: sources) else { return }
            // Every other page's values as a record, as the build gives them.
            let map = ValueMaker.values(values)
            let context: Any = values.count % 2 == 0 ? map : ValueMaker.record(map, order: values.first ?? 0)
            compared.withLock { $0 += 1 }
            let ours = theme.render("main", context: context) ?? "(none)"
            let oracle = theme.renderWithSwiftMustache("main", context: context) ?? "(none)"
            #expect(Array(ours.utf8) == Array(oracle.utf8),
                    "template \(sources[0].text.debugDescription), partial \(sources[1].text.debugDescription)")
        }
        // Most generated templates must be valid, or the comparison would prove little.
        let count = compared.withLock { $0 }
        #expect(count >= 300, "only \(count) of 600 generated templates were valid Mustache")
    }

    @Test func theThemesOwnStylesOfWhitespaceRenderAlike() throws {
        let templates = [
            "a\n  {{#list}}\n  - {{name}}\n  {{/list}}\nb",
            "{{#flag}}\r\n  {{> p1}}\r\n{{/flag}}\r\n",
            "<ul>\n    {{> p1}}\n</ul>\n",
            "{{<parent}}\n  {{$block}}\n    over {{s}}\n  {{/block}}\n{{/parent}}\n",
            "{{=<% %>=}}\n<%#list%><%name%>,<%/list%>\n<%={{ }}=%>{{s}}",
            "{{#list}}{{index()}}{{#first()}}F{{/first()}}{{^last()}},{{/last()}}{{/list}}",
            "{{uppercased(s)}} {{count(list)}} {{plusone(n)}} {{#reversed(list)}}{{name}}{{/reversed(list)}}",
            "{{#sorted(t)}}{{key}}={{value}};{{/sorted(t)}}",
            "{{%CONTENT_TYPE:TEXT}}{{s}}{{> p1}}{{s}}",
            "{{^empty}}none{{/empty}}{{#empty}}x{{/empty}}{{^missing}}no{{/missing}}",
            "  {{! comment }}\n{{.s}}{{map.x}}{{#map}}{{x}}{{s}}{{/map}}{{#n}}{{.}}{{/n}}",
            // An `[Any]` of strings does not sort in swift-mustache; the engine must not either.
            "{{#sorted(words)}}{{.}},{{/sorted(words)}}|{{^sorted(words)}}none{{/sorted(words)}}",
        ]
        var context = ValueMaker.values([3, 1, 4, 1, 5, 9, 2, 6])
        context["words"] = ["乙", "甲", "b", "a"] as [Any]
        for text in templates {
            let (engine, oracle) = try Self.rendered(text, context: context)
            #expect(engine == oracle, "\(text)")
        }
    }

    /// `main` (with `p1`, `parent` and `partials` beside it) rendered by the engine and by
    /// swift-mustache.
    static func rendered(_ main: String, partials: [String: String] = [:], context: [String: Any]) throws -> (String?, String?) {
        let theme = try Theme(sources: [
            TemplateSource(name: "main", path: "main", text: main),
            TemplateSource(name: "p1", path: "p1", text: "<li>{{s}}</li>\n<li>{{n}}</li>\n"),
            TemplateSource(name: "parent", path: "parent", text: TemplateMaker.parent),
        ] + partials.sorted { $0.key < $1.key }.map { TemplateSource(name: $0.key, path: $0.key, text: $0.value) })
        return (theme.render("main", context: context), theme.renderWithSwiftMustache("main", context: context))
    }

    /// Indentation and overrides that two levels put together: an indented partial inside
    /// an indented partial (the engine joins the two indentations for as long as the inner
    /// one renders), a block expanded on an indented line inside one, and a parent inside a
    /// parent, each with overrides (the outer ones win), in a list and in an indented one.
    @Test func nestedIndentationAndParentsRenderAlike() throws {
        let partials = [
            "p2": "<ul>\n  {{> p1}}\n</ul>\n  {{$b}}\n  b {{s}}\n  {{/b}}\n",
            "p3": "  {{#list}}\n    {{> p2}}\n  {{/list}}\n",
            "parent2": "{{<parent}}\n  {{$title}}\n  inner {{n}}\n  {{/title}}\n  {{$block}}inner block{{/block}}\n{{/parent}}\n",
        ]
        let templates = [
            "<div>\n  {{> p2}}\n</div>\n",
            "<main>\n    {{> p3}}\n</main>\n",
            "{{<parent2}}\n  {{$block}}\n    outer {{s}}\n  {{/block}}\n{{/parent2}}\n",
            "<section>\n  {{<parent2}}\n    {{$title}}outer title{{/title}}\n  {{/parent2}}\n</section>\n",
            "{{#list}}\n  {{<parent2}}{{/parent2}}\n{{/list}}\n",
            "  {{<p2}}\n    {{$b}}\n    over {{name}}\n    {{/b}}\n  {{/p2}}\n",
        ]
        for text in templates {
            let (engine, oracle) = try Self.rendered(text, partials: partials, context: ValueMaker.values([3, 1, 4, 1, 5, 9, 2, 6]))
            #expect(engine == oracle, "\(text)")
            #expect(engine?.isEmpty == false, "\(text)")
        }
    }

    /// A long page goes out in pieces (between list items, past a megabyte) that join into
    /// the bytes of the page rendered whole, also where an indented partial holds the list
    /// (no piece goes before its indentation is placed) and with lazy lists.
    @Test func aLongPageStreamsInPiecesThatJoinIntoTheWholePage() throws {
        let line = String(repeating: "展", count: 100)
        let items = (0..<8_000).map { ["t": "\(line) \($0) <&>"] as [String: Any] }
        let theme = try Theme(sources: [
            TemplateSource(name: "flat", path: "flat", text: "<ul>\n{{#items}}\n  <li>{{t}}</li>\n{{/items}}\n</ul>\n"),
            TemplateSource(name: "nested", path: "nested", text: "<div>\n  {{> list}}\n</div>\n"),
            TemplateSource(name: "list", path: "list", text: "{{#lazy}}\n<p>{{t}}</p>\n{{/lazy}}\n"),
        ])
        let context: [String: Any] = ["items": items, "lazy": TemplateLazyList(count: items.count) { items[$0] }]
        for template in ["flat", "nested"] {
            var pieces: [[UInt8]] = []
            #expect(theme.renderStream(template, context: context) { pieces.append(Array($0)) })
            let whole = try #require(theme.renderBytes(template, context: context))
            #expect(pieces.joined().elementsEqual(whole), "\(template)")
            #expect(Array(pieces.joined()) == Array(try #require(theme.renderWithSwiftMustache(template, context: context)).utf8))
            // Flat: pieces of about a megabyte; nested: the partial is indented, so whole.
            #expect(template == "flat" ? pieces.count > 2 : pieces.count == 1, "\(template): \(pieces.count) pieces")
        }
    }

    /// The one place the engine differs, on purpose: swift-mustache escapes whole
    /// `Character`s, so a quote followed by a combining mark stayed a quote and could end
    /// an attribute (`title="{{title}}"` with `"́ onmouseover=…`).
    @Test func aQuoteWithACombiningMarkIsEscaped() throws {
        let theme = try Theme(sources: [TemplateSource(name: "main", path: "main", text: "<a title=\"{{t}}\">")])
        let hostile = "\"\u{301} onmouseover=alert(1) x=\"\u{301}"
        let mark = "\u{301}"
        let ours = try #require(theme.render("main", context: ["t": hostile]))
        let escaped = "<a title=\"&quot;" + mark + " onmouseover=alert(1) x=&quot;" + mark + "\">"
        #expect(Array(ours.utf8) == Array(escaped.utf8))
        let oracle = try #require(theme.renderWithSwiftMustache("main", context: ["t": hostile]))
        let breakout = "\"" + mark + " onmouseover"
        #expect(oracle.contains(breakout), "swift-mustache was fixed: this difference can go")
    }
}
