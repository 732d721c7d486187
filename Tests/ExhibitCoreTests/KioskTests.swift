@testable import ExhibitCore
import Foundation
import Testing

/// /kiosk/, the hall screen's loop: site.yaml's `kiosk:` settings, the cases it shows and
/// the page it makes. Its behaviour in a browser is checked in Tests/browser/test_kiosk.py.
@Suite struct KioskSettingsTests {
    func parse(_ yaml: String) -> (KioskSettings, [Diagnostic]) {
        let (config, diagnostics) = SiteConfigParser.parse("title: 展\n" + yaml)
        return (config.kiosk, diagnostics)
    }

    @Test func defaultsWithoutTheKey() {
        let (settings, diagnostics) = parse("")
        #expect(settings == KioskSettings())
        #expect((settings.interval, settings.idle, settings.slides) == (8, 60, 12))
        #expect(diagnostics.isEmpty)
    }

    @Test func eachSettingIsRead() {
        let (settings, diagnostics) = parse("kiosk: {interval: 5, idle: 30, slides: 4}\n")
        #expect((settings.interval, settings.idle, settings.slides) == (5, 30, 4))
        #expect(diagnostics.isEmpty)
    }

    @Test func aSettingLeftOutKeepsItsDefault() {
        let (settings, _) = parse("kiosk:\n  slides: 3\n")
        #expect((settings.interval, settings.idle, settings.slides) == (8, 60, 3))
    }

    @Test(arguments: [("interval: 0", "`kiosk.interval` must be a whole number of seconds from 3 to 600, not `0`"),
                      ("idle: 1.5", "`kiosk.idle` must be a whole number of seconds from 5 to 3600, not `1.5`"),
                      ("slides: 51", "`kiosk.slides` must be a whole number from 1 to 50, not `51`"),
                      ("slides: \"4\"", "`kiosk.slides` must be a whole number from 1 to 50, not the text `\"4\"`"),
                      ("interval: [8]", "`kiosk.interval` must be a whole number of seconds from 3 to 600, not a list or a map")])
    func aWrongNumberIsAnErrorAtItsLineAndKeepsTheDefault(setting: String, message: String) throws {
        let (settings, diagnostics) = parse("kiosk:\n  \(setting)\n")
        #expect(settings == KioskSettings())
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.severity == .error)
        #expect(d.message == message)
        #expect(d.line == 3)
        #expect(d.fix?.hasPrefix("write e.g. `") == true)
    }

    @Test func notAMapIsAnError() throws {
        let (_, diagnostics) = parse("kiosk: 8\n")
        let d = try #require(diagnostics.first)
        #expect(d.severity == .error && d.line == 2)
        #expect(d.message == "`kiosk` must be a map of settings")
    }

    @Test func anUnknownSettingIsAWarningWithAGuess() throws {
        let (settings, diagnostics) = parse("kiosk: {intervall: 5, colour: red}\n")
        #expect(settings == KioskSettings())
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        #expect(diagnostics.map(\.message) == ["unknown key `intervall` in `kiosk`; did you mean `interval`?",
                                               "unknown key `colour` in `kiosk`"])
    }
}

@Suite struct KioskCasesTests {
    @Test func featuredCasesInTheirOrder() {
        #expect(PageContext.kioskCases([false, true, false, true], limit: 12) == [1, 3])
    }

    @Test func everyCaseWhenNoneIsFeatured() {
        #expect(PageContext.kioskCases([false, false, false], limit: 12) == [0, 1, 2])
    }

    @Test func atMostTheLimit() {
        #expect(PageContext.kioskCases(Array(repeating: true, count: 20), limit: 12) == Array(0..<12))
        #expect(PageContext.kioskCases([false, false, false], limit: 2) == [0, 1])
    }
}

@Suite struct KioskPageTests {
    func build(siteYAML: String = TemporarySite.siteYAML + "\nkiosk: {interval: 5, idle: 20, slides: 2}\n") throws -> MemorySink {
        let site = try TemporarySite([
            "content/site.yaml": siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "Apples", date: "2024-06-18", extra: """
                featured: true
                organization: 农学院
                metrics:
                  - {label: 增产, value: 30, unit: "%"}
                  - {label: 农户, value: 200, unit: 户}
                  - {label: 样本, value: 1260, unit: 个}
                  - {label: 第四项, value: 4, unit: 个}

                """),
            "content/cases/b.md": TemporarySite.caseFile(title: "Bees", date: "2024-05-01", extra: "featured: true\n"),
            "content/cases/c.md": TemporarySite.caseFile(title: "Corn", date: "2024-04-01", extra: "featured: true\n"),
            "content/cases/d.md": TemporarySite.caseFile(title: "Dates", date: "2024-03-01"),
        ])
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics)")
        return sink
    }

    @Test func slidesAreTheFeaturedCasesUpToTheLimitInThePage() throws {
        let sink = try build()
        let html = try #require(sink.text("kiosk/index.html"))
        #expect(html.components(separatedBy: "class=\"kiosk-slide ").count - 1 == 2)
        #expect(html.contains("Apples") && html.contains("Bees") && !html.contains("Corn") && !html.contains("Dates"))
        #expect(html.contains("data-interval=\"5\" data-idle=\"20\""))
        // Three headline figures, not the fourth.
        #expect(html.contains("1,260") && !html.contains("第四项"))
        #expect(html.contains("<p class=\"kiosk-org\">农学院</p>"))
    }

    @Test func worksFromAFolderOnAUSBStick() throws {
        let html = try #require(try build().text("kiosk/index.html"))
        // Relative links only, a classic script, no data fetched.
        #expect(html.contains("<script src=\"../js/kiosk.js\"></script>"))
        #expect(html.contains("href=\"../css/kiosk.css\""))
        #expect(!html.contains("type=\"module\""))
        let script = try #require(try build().text("js/kiosk.js"))
        #expect(!script.contains("fetch(") && !script.contains("import "))
    }

    @Test func qrCodeOfThePublicURLOnlyWithABaseURL() throws {
        let html = try #require(try build().text("kiosk/index.html"))
        #expect(html.contains("<svg"))
        #expect(html.contains("Scan to read the full story"))
        let withoutBase = TemporarySite.siteYAML.replacingOccurrences(of: "base_url: https://example.org/\n", with: "")
        let plain = try #require(try build(siteYAML: withoutBase).text("kiosk/index.html"))
        #expect(!plain.contains("<svg") && !plain.contains("Scan to read"))
    }

    @Test func hallOnlyNotInTheMenuNotIndexed() throws {
        let sink = try build()
        let html = try #require(sink.text("kiosk/index.html"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        let home = try #require(sink.text("index.html"))
        #expect(!home.contains("kiosk/"))
        #expect(sink.text("sitemap.xml")?.contains("kiosk") == false)
    }
}
