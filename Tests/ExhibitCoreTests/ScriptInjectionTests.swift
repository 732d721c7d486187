import ExhibitCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// No content can put script into a page: the classic payloads go into every front-matter
/// field, site.yaml and the body, and every file of the build is read as a browser, a feed
/// reader, a JSON parser and a spreadsheet would read it.
@Suite struct ScriptInjectionTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "</script><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "</textarea></style></noscript><script>alert(1)</script>",
        "<!--<script>alert(1)//-->",
        "]]><script>alert(1)</script><![CDATA[",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"https://evil.example/x.html\"></object>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "{{{site.title}}}{{& x}}",
        // A quote that a combining mark follows: swift-mustache, which escaped whole
        // `Character`s, left it a quote and the attribute ended there.
        "\"\u{301} onmouseover=\"alert(1)",
        "'\u{301} onfocus='alert(1)' autofocus='",
        "\u{2028}\u{2029}</script>",
        "=HYPERLINK(\"https://evil.example\",\"x\")",
        "+cmd|'/C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{0}\u{85}\u{FFFE}\u{FFFF}控制字符",
        "&#27;[2J&#x85;&#x1FFFF;&#x7f;&#0;字符引用",
    ]

    /// One case per payload, with the payload in every field a case has.
    static func site(unsafeHTML: Bool) -> [String: String] {
        /// A YAML double-quoted string; characters YAML does not allow raw are escapes.
        func q(_ s: String) -> String {
            var out = "\""
            for c in s.unicodeScalars {
                switch c {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                case _ where c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.value >= 0xFFFE && c.value <= 0xFFFF
                    || c == "\u{2028}" || c == "\u{2029}":
                    out += "\\u" + String(repeating: "0", count: 4 - String(c.value, radix: 16).count) + String(c.value, radix: 16)
                default: out.unicodeScalars.append(c)
                }
            }
            return out + "\""
        }
        let worst = payloads[10]
        var files = [
            "content/site.yaml": """
            title: \(q("成果展" + worst))
            subtitle: \(q(payloads[1]))
            description: \(q(payloads[2]))
            author: \(q(payloads[3]))
            base_url: https://example.org/expo/
            unsafe_html: \(unsafeHTML)
            categories:
              - {id: research, name: \(q(payloads[0])), description: \(q(worst))}
            """,
            // A picture for the galleries and a "video" (that ffprobe cannot read: the
            // player is still made, with the alt text as its caption).
            "content/cases/gallery.svg": #"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>"#,
            "content/cases/clip.mp4": "not a video",
        ]
        for (n, p) in payloads.enumerated() {
            files["content/cases/xss-\(n).md"] = """
            ---
            title: \(q("案例\(n) " + p))
            date: 2024-06-\(String(format: "%02d", n % 28 + 1))
            category: research
            slug: xss-\(n)
            summary: \(q(p))
            tags: [\(q(p)), \(q("标签" + p))]
            organization: \(q(p))
            partners: [\(q(p))]
            cover: \(q(isScriptURL(p, anywhere: false) ? "cover-\(n).png" : p))
            cover_alt: \(q(p))
            featured: true
            note: \(q(p))
            metrics:
              - {label: \(q(p)), value: 12, unit: \(q(p))}
            milestones:
              - {date: 2023-03, title: \(q(p))}
            gallery:
              - {src: gallery.svg, caption: \(q(p))}
            ---
            \(p)

            [\(p)](\(p)) ![\(p)](\(p)) <\(p)>

            ![\(p)](clip.mp4)

            <div title="\(p)">\(p)</div>

            | \(p) | b |
            |---|---|
            | \(p) | [x](\(p)) |
            """
        }
        return files
    }

    @Test(arguments: [false, true])
    func noPayloadRunsAnywhere(unsafeHTML: Bool) throws {
        let site = try TemporarySite(Self.site(unsafeHTML: unsafeHTML))
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
        let files = sink.files
        #expect(files.keys.contains("cases/xss-0/index.html"))
        #expect(files.keys.contains("feed.xml") && files.keys.contains("data/metrics.csv"))
        // The captions of galleries and players are read as the rest is.
        let casePage = String(decoding: files["cases/xss-0/index.html"] ?? Data(), as: UTF8.self)
        #expect(casePage.contains("data-gallery-item") && casePage.contains("<video controls"))
        var problems: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            guard let text = String(data: data, encoding: .utf8) else { continue }
            if let bad = text.unicodeScalars.first(where: Self.isForbidden) {
                problems.append("\(path): holds the control character U+\(String(bad.value, radix: 16))")
            }
            if path.hasSuffix(".html") {
                problems += Self.scriptProblems(html: text).map { "\(path): \($0)" }
            } else if path.hasSuffix(".xml") {
                let parser = XMLParser(data: data)
                if !parser.parse() { problems.append("\(path): not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "?")") }
            } else if path.hasSuffix(".json") {
                if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
                    problems.append("\(path): not valid JSON")
                }
            } else if path.hasSuffix(".csv") {
                problems += Self.formulaCells(csv: text).map { "\(path): \($0)" }
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problem(s):\n\(problems.prefix(40).joined(separator: "\n"))")
    }

    @Test(arguments: payloads.filter { isScriptURL($0, anywhere: false) })
    func scriptCoverIsAnError(payload: String) throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: "cover: \"\(payload.replacingOccurrences(of: "\t", with: "\\t"))\"\n"),
        ])
        defer { site.remove() }
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: MemorySink())
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.description).contains { $0.hasPrefix("content/cases/a.md:5:8: error: the cover `") && $0.contains("is not an image") },
                "\(report.diagnostics)")
    }

    /// What a browser would run from this page.
    static func scriptProblems(html: String) -> [String] {
        var problems: [String] = []
        let forbiddenTags: Set<String> = ["iframe", "object", "embed", "applet", "frame", "frameset", "base", "portal"]
        let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "values", "to", "from"]
        for tag in HTMLTokens(html).tags {
            if forbiddenTags.contains(tag.name) { problems.append("line \(tag.line): a <\(tag.name)> element") }
            if tag.name == "script" {
                let type = tag.attributes.first { $0.name == "type" }?.value
                let src = tag.attributes.first { $0.name == "src" }?.value
                if type == "application/ld+json" {
                    let body = tag.rawText ?? ""
                    if (try? JSONSerialization.jsonObject(with: Data(body.utf8))) == nil {
                        problems.append("line \(tag.line): JSON-LD that is not JSON: \(body.prefix(200))")
                    }
                } else if !(["js/search.js", "js/menu.js", "js/kiosk.js", "js/gallery.js"].contains { src?.hasSuffix($0) == true } && tag.rawText?.isEmpty == true) {
                    problems.append("line \(tag.line): a script the theme did not write: \(tag.attributes) \(tag.rawText?.prefix(100) ?? "")")
                }
            }
            if tag.name == "meta", tag.attributes.contains(where: { $0.name == "http-equiv" }) {
                problems.append("line \(tag.line): <meta http-equiv>")
            }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") || name == "srcdoc" || name == "formaction" {
                    problems.append("line \(tag.line): <\(tag.name) \(name)=…>")
                }
                if urlAttributes.contains(name) || name == "style", isScriptURL(value, anywhere: name == "style") {
                    problems.append("line \(tag.line): <\(tag.name) \(name)=\"\(value.prefix(80))\">")
                }
            }
        }
        return problems
    }

    /// A URL a browser would run: after removing what browsers ignore (spaces, control
    /// characters), a `javascript:` or `vbscript:` scheme, or `data:` that is not an image.
    static func isScriptURL(_ value: String, anywhere: Bool) -> Bool {
        let normalized = String(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        if anywhere { return normalized.contains("javascript:") || normalized.contains("vbscript:") }
        if normalized.hasPrefix("javascript:") || normalized.hasPrefix("vbscript:") { return true }
        if normalized.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp", "data:image/avif"]
                .contains { normalized.hasPrefix($0) }
        }
        return false
    }

    /// Cells a spreadsheet would run as a formula: text that starts with `=`, `+`, `-` or
    /// `@` (a number such as `-2` is data, and stays a number).
    static func formulaCells(csv: String) -> [String] {
        var problems: [String] = []
        for (n, row) in parseCSV(csv).enumerated() {
            for cell in row {
                guard let first = cell.unicodeScalars.first, "=+-@\t\r\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars.contains(first) else { continue }
                if Double(cell) == nil { problems.append("row \(n + 1): the cell `\(cell.prefix(40))` starts like a formula") }
            }
        }
        return problems
    }

    /// RFC 4180 rows (quoted fields with `""`, CRLF).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.drop { $0 == "\u{FEFF}" })[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
            || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }
}
