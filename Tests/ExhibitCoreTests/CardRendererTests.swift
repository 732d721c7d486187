@testable import ExhibitCore
import Foundation
import Testing

/// A card is rendered once and its root put in for each page (`CardRenderer`): the pages
/// are those of rendering it for each page, also for a theme's card that uses its root
/// otherwise than in links, and for a base path the marker cannot stand for.
struct CardRendererTests {
    func build(card: String, casePage: String? = nil) throws -> MemorySink {
        var files = ["content/site.yaml": TemporarySite.siteYAML]
        for i in 1...3 {
            files["content/cases/c\(i).md"] = TemporarySite.caseFile(title: "Case \(i)", date: "2024-0\(i)-01", extra: "tags: [土壤, water]\n")
        }
        files["templates/partials/case-card.mustache"] = card
        if let casePage { files["templates/case.mustache"] = casePage }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics)")
        return sink
    }

    /// The `<li>` items of a page's card grid.
    func cards(_ page: String?) -> [String] {
        (page ?? "").components(separatedBy: "<li>").dropFirst().compactMap { $0.components(separatedBy: "</li>").first }
            .filter { $0.contains("data-card") }
    }

    @Test func theBuiltInCardLinksFromEachDepth() throws {
        let sink = try build(card: "<a data-card href=\"{{url}}\">{{title}}</a> <a href=\"{{root}}tags/\">{{category.name}}</a> {{#tags}}<a href=\"{{url}}\">{{name}}</a>{{/tags}}")
        let depths = [("index.html", ""), ("cases/index.html", "../"), ("tags/water/index.html", "../../"), ("cases/c2/index.html", "../../")]
        for (path, root) in depths {
            let shown = cards(sink.text(path))
            #expect(!shown.isEmpty, "\(path)")
            for card in shown {
                #expect(card.contains("href=\"\(root)cases/c"), "\(path): \(card)")
                #expect(card.contains("href=\"\(root)tags/\""), "\(path): \(card)")
                #expect(card.contains("<a href=\"\(root)tags/tu-rang/\">土壤</a>"), "\(path): \(card)")
                #expect(!card.contains("\u{1}"))
            }
        }
    }

    /// The built-in case page reads only the title and address of the previous and next
    /// cases, so their cards are put together only when a theme reads more: then the
    /// card is there, with links from the case page, and so are the card's values.
    @Test func aCasePageThatShowsTheNeighboursCardsGetsThem() throws {
        let sink = try build(card: "<a data-card href=\"{{url}}\">{{title}}</a>",
                             casePage: "{{#case.previous}}<p id=\"previous\">{{{html}}}|{{title}}|{{date_iso}}</p>{{/case.previous}}"
                                + "{{#case.next}}<p id=\"next\">{{url}}|{{year}}</p>{{/case.next}}")
        let page = sink.text("cases/c2/index.html") ?? ""
        #expect(page.contains("<p id=\"previous\"><a data-card href=\"../../cases/c1/\">Case 1</a>|Case 1|2024-01-01</p>"), "\(page)")
        #expect(page.contains("<p id=\"next\">../../cases/c3/|2024</p>"), "\(page)")
    }

    @Test func aCardThatReadsItsRootOtherwiseIsRenderedForEachRoot() throws {
        let sink = try build(card: "<a data-card href=\"{{url}}\">{{#empty(root)}}top{{/empty(root)}}{{^empty(root)}}below{{/empty(root)}} {{reversed(root)}}</a>")
        let home = cards(sink.text("index.html")), list = cards(sink.text("cases/index.html")), tag = cards(sink.text("tags/water/index.html"))
        #expect(!home.isEmpty && !list.isEmpty && !tag.isEmpty)
        #expect(home.allSatisfy { $0.hasSuffix(">top </a>") }, "\(home)")
        #expect(list.allSatisfy { $0.hasSuffix(">below /..</a>") }, "\(list)")
        #expect(tag.allSatisfy { $0.hasSuffix(">below /../..</a>") }, "\(tag)")
    }

    @Test func aMarkedCardTakesEachRootWhereTheMarkerWas() {
        let m = CardRenderer.rootMarker
        for text in ["", "无链接的卡片", "\(m)", "\(m)\(m)", "\(m)cases/苹果/ <a href=\"\(m)tags/土壤/\">土壤</a>\(m)", "尾\(m)"] {
            let card = MarkedCard(bytes: Array(text.utf8))
            for root in ["", "../", "../../../../", "/expo/"] {
                #expect(card.html(root: root).string == text.replacingOccurrences(of: m, with: root), "\(text.debugDescription) \(root)")
            }
        }
    }

    /// A root HTML or a `srcset` would escape (the 404 page's base path) gets cards
    /// rendered for it.
    @Test func onlyAPlainRootIsMarked() {
        #expect(CardRenderer.canStandFor("../../"))
        #expect(CardRenderer.canStandFor(""))
        #expect(CardRenderer.canStandFor("/expo-2024/"))
        #expect(!CardRenderer.canStandFor("/展览/"))
        #expect(!CardRenderer.canStandFor("/my expo/"))
        #expect(!CardRenderer.canStandFor("/a&b/"))
        #expect(!CardRenderer.canStandFor("/a,b/"))
    }
}
