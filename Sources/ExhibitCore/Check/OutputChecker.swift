import Foundation

/// Checks a rendered site in memory, the way a browser would follow it from each page's
/// URL: every internal `href`, `src` and `srcset` leads to a file of the output (a link
/// ending in `/` to its `index.html`), every `#fragment` to an `id` of its page, and every
/// `<img>` has alt text. External links (http, https, mailto) are collected, not fetched.
///
/// Alt text rule: an `<img>` without `alt` is always a warning. `alt=""` says "this image
/// is decoration"; since an editor's forgotten description renders the same way, it is
/// accepted only when the image says so twice, with `role="presentation"` (or `none`) or
/// `aria-hidden="true"`.
///
/// A problem the build already reported at its Markdown line (a broken link or an image
/// without alt text in a case) is not repeated at the output page.
public struct OutputChecker: Sendable {
    /// The output files by path relative to the output root (`cases/x/index.html`).
    public var files: [String: Data]
    public var map: OutputMap
    /// How messages name the output folder, relative to the site (`public`).
    public var outputName: String
    /// The build's diagnostics, so that a problem is not reported twice.
    public var known: [Diagnostic]
    public var threads: Int

    public init(files: [String: Data], map: OutputMap, outputName: String = "public", known: [Diagnostic] = [],
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.files = files
        self.map = map
        self.outputName = outputName
        self.known = known
        self.threads = threads
    }

    /// A link, image or source reference of a page, with its place.
    struct Reference: Sendable {
        enum Kind: Sendable { case link, image, file }
        var kind: Kind
        var value: String
        /// Byte offset of the attribute in the page; line and column are worked out only
        /// for a problem.
        var offset: Int
    }

    /// What one pass over a page found.
    struct Scan: Sendable {
        var ids: Set<String> = []
        var references: [Reference] = []
        var external: [ExternalLink] = []
        var problems: [Diagnostic] = []
        var images = 0
    }

    /// Checks every HTML page; the report holds only the output's diagnostics.
    public func check() -> CheckReport {
        check(meter: nil)
    }

    /// `meter` counts each page scanned, for the progress line.
    func check(meter: ProgressMeter?) -> CheckReport {
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        meter?.begin("check", number: BuildProgress.stages.count + 1, total: pages.count)
        let scans = parallelMap(pages.count, threads: threads) { i in
            defer { meter?.step() }
            return scan(pages[i])
        }
        var ids: [String: Set<String>] = [:]
        for (page, scan) in zip(pages, scans) { ids[page] = scan.ids }
        let allIDs = ids
        let problems = parallelMap(pages.count, threads: threads) { i in
            scans[i].references.compactMap { check($0, on: pages[i], ids: allIDs) }
        }
        var report = CheckReport()
        report.rendered = true
        report.pages = pages.count
        let known = knownReferences()
        for (i, scan) in scans.enumerated() {
            let origin = map.origins[pages[i]]
            let found = (scan.problems + problems[i]).filter { !alreadyReported($0, origin: origin, known: known) }
            report.diagnostics += found
            report.internalLinks += scan.references.count
            report.images += scan.images
            report.externalLinks += scan.external
        }
        report.diagnostics.sort {
            ($0.path, $0.line, $0.column, $0.message) < ($1.path, $1.line, $1.column, $1.message)
        }
        return report
    }

    /// The page as messages name it: `public/cases/x/index.html`.
    func displayPath(_ page: String) -> String {
        outputName.isEmpty ? page : outputName + "/" + page
    }

    // MARK: - First pass: ids, references, images

    static let attributesChecked: Set<String> = ["id", "name", "href", "src", "srcset", "poster", "alt", "role", "aria-hidden"]

    func scan(_ page: String) -> Scan {
        guard let data = files[page] else { return Scan() }
        let scanner = LinkScanner(data)
        var result = Scan()
        let origin = map.origins[page]
        for tag in scanner.tags(keeping: Self.attributesChecked) {
            for attribute in tag.attributes {
                guard let value = attribute.value else { continue }
                switch attribute.name {
                case "id":
                    result.ids.insert(value)
                case "name" where tag.name == "a":
                    result.ids.insert(value)
                case "href", "src", "poster":
                    let kind: Reference.Kind = tag.name == "a" || tag.name == "area" ? .link
                        : (tag.name == "img" || tag.name == "source" || attribute.name == "poster") ? .image : .file
                    add(value, kind: kind, at: attribute.offset, page: page, scanner: scanner, to: &result)
                case "srcset":
                    for candidate in value.split(separator: ",") {
                        let url = candidate.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.map(String.init) ?? ""
                        add(url, kind: .image, at: attribute.offset, page: page, scanner: scanner, to: &result)
                    }
                default:
                    break
                }
            }
            if tag.name == "img" {
                result.images += 1
                if let problem = altProblem(tag, page: page, origin: origin, scanner: scanner) {
                    result.problems.append(problem)
                }
            }
        }
        return result
    }

    private func add(_ raw: String, kind: Reference.Kind, at offset: Int, page: String, scanner: LinkScanner,
                     to result: inout Scan) {
        let value = Self.trimmed(raw)
        guard !value.isEmpty else { return }
        func external() {
            let (line, column) = scanner.position(of: offset)
            result.external.append(ExternalLink(url: value, path: displayPath(page), line: line, column: column))
        }
        if let base = map.baseURL, value.hasPrefix(base), ownFile(value, base: base, from: page) {
            result.references.append(Reference(kind: kind, value: value, offset: offset))
            return
        }
        if let scheme = Self.scheme(of: value) {
            if ["http", "https", "mailto"].contains(scheme) { external() }
            return  // data:, tel:, javascript: … lead nowhere to check
        }
        if value.hasPrefix("//") {
            external()
            return
        }
        result.references.append(Reference(kind: kind, value: value, offset: offset))
    }

    /// Whether an absolute URL under `base_url` names a file of the output. Such links
    /// (canonical, Open Graph, a full address typed in a case) are checked as internal when
    /// they do; when they do not, they are listed as external, since the server may publish
    /// other things under the same address.
    func ownFile(_ value: String, base: String, from page: String) -> Bool {
        var rest = Substring(map.basePath) + value.dropFirst(base.count)
        if let cut = rest.firstIndex(where: { $0 == "#" || $0 == "?" }) { rest = rest[..<cut] }
        guard let decoded = String(rest).removingPercentEncoding,
              case .file(let target) = Self.resolve(decoded, from: page, basePath: map.basePath) else { return false }
        return files[target] != nil
    }

    /// `text` without the spaces around it (browsers strip them from URLs); the common
    /// case, nothing to strip, costs no Foundation call.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last,
              LinkScanner.isSpace(first) || LinkScanner.isSpace(last) else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The lower-case scheme of an absolute URL (`https`), nil for a relative one.
    static func scheme(of link: String) -> String? {
        guard let colon = link.firstIndex(of: ":") else { return nil }
        let scheme = link[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return nil }
        return scheme.lowercased()
    }

    private func altProblem(_ tag: HTMLTag, page: String, origin: PageOrigin?, scanner: LinkScanner) -> Diagnostic? {
        let src = tag.value("src") ?? tag.value("srcset") ?? ""
        let path = displayPath(page)
        guard let alt = tag.attribute("alt") else {
            let (line, column) = scanner.position(of: tag.attribute("src")?.offset ?? tag.offset)
            return .warning(path, line: line, column: column, "the image `\(src)` has no alt attribute",
                            fix: "add alt=\"…\" describing the picture for readers who cannot see it; "
                                + location("image", origin))
        }
        guard (alt.value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        let role = tag.value("role")?.lowercased()
        if role == "presentation" || role == "none" || tag.value("aria-hidden")?.lowercased() == "true" { return nil }
        let (line, column) = scanner.position(of: alt.offset)
        return .warning(path, line: line, column: column, "the image `\(src)` has empty alt text and is not marked as decoration",
                        fix: "describe the picture in alt=\"…\", or add role=\"presentation\" if it is only decoration; "
                            + location("image", origin))
    }
}
