import ExhibitText
import ExhibitQR
import Foundation

/// Makes the values of the print documents from a site as the pipeline left it, through
/// the same `PageContext` functions as its web pages (categories, figures, dates).
struct PrintContext: Sendable {
    let page: PageContext
    let folder: SiteFolder
    let settings: PrintSettings

    init(renderer: PageRenderer) {
        var page = PageContext(site: renderer.site, bodies: renderer.bodies, strings: renderer.theme.files.strings, directory: "",
                               shared: renderer.sharedData)
        page.prefaceBody = renderer.prefaceBody
        self.init(page: page, folder: renderer.folder)
    }

    init(page: PageContext, folder: SiteFolder) {
        self.page = page
        self.folder = folder
        settings = page.model.config.print
    }

    var model: SiteModel { page.model }

    func values(booklet: PrintBooklet? = nil, board: PrintBoard? = nil, labels: PrintLabels? = nil) -> PrintValues {
        PrintValues(site: page.siteValue(), t: page.strings, style: style, booklet: booklet, board: board, labels: labels)
    }

    var style: PrintStyle {
        func families(_ names: [String], _ generic: String) -> String {
            (names.map { "\"\($0)\"" } + [generic]).joined(separator: ", ")
        }
        return PrintStyle(pageWidth: settings.bookletSize.width, pageHeight: settings.bookletSize.height,
                          serif: families(settings.serifFonts, "serif"), sans: families(settings.sansFonts, "sans-serif"))
    }

    /// Case `index` as print shows it; `body` adds its text (the booklet), `original`
    /// prefers the photo as the editor gave it (boards, printed a metre wide).
    func printCase(_ index: Int, body: Bool = false, original: Bool = false) -> PrintCase {
        let c = model.cases[index]
        let summary = c.summary ?? page.bodies[index].summary
        let publicURL = page.absolute(model.casePath(index)), shown = page.shown(index)
        return PrintCase(
            slug: c.slug, anchor: "case-\(index + 1)", title: c.title,
            date: shown.date,
            category: page.categoryRef(c.category), organization: c.organization, summary: summary,
            line: Summary.make(from: summary, limit: 40), metrics: shown.metrics,
            milestones: shown.milestones, partners: c.partners,
            image: image(index, original: original), publicURL: publicURL,
            qrSVG: publicURL == nil ? nil : page.shared.qrCodes[index],
            qrImage: publicURL.flatMap { page.isSpecimen ? "data:image/x-portable-bitmap;base64," : QRCode.bitmapURL(for: $0) },
            bodyHTML: body ? Self.scoped(page.bodies[index].html.string, prefix: "case-\(index + 1)-") : nil)
    }

    /// The cover as a file on disk: the largest published variant (2,400 px at most,
    /// 290 dpi across an A4 page), or with `original` the editor's own file when the
    /// print engine reads its format. A cover on another site is left out: printing
    /// never fetches from the network.
    func image(_ index: Int, original: Bool) -> PrintImage? {
        let c = model.cases[index]
        guard let cover = c.cover else { return nil }
        if page.isSpecimen { return PrintImage(src: "file:///cover.jpg", alt: "Cover", width: 4800, height: 3200) }
        guard let file = LinkResolver(outputBySource: model.outputBySource).contentFile(cover, from: c.sourcePath) else { return nil }
        let onDisk = folder.url(file)
        let alt = c.coverAlt ?? ""
        guard let responsive = page.shared.images[file] else {
            // An SVG (or a picture published as it is): its own file.
            return PrintImage(src: onDisk.absoluteString, alt: alt, width: 0, height: 0)
        }
        let readable = ["jpg", "jpeg", "png", "webp"].contains(onDisk.pathExtension.lowercased())
        if original && readable {
            return PrintImage(src: onDisk.absoluteString, alt: alt, width: responsive.width, height: responsive.height)
        }
        guard let largest = responsive.largest, let source = largest.source else {
            return readable ? PrintImage(src: onDisk.absoluteString, alt: alt, width: responsive.width, height: responsive.height) : nil
        }
        let height = responsive.width > 0 ? responsive.height * largest.width / responsive.width : 0
        return PrintImage(src: source.absoluteString, alt: alt, width: largest.width, height: height)
    }

    /// A body's HTML with its ids and in-page links prefixed: in the booklet every case's
    /// text is in one document, where two cases' `#next-steps` or footnote `#fn-1` would
    /// collide. The HTML is the Markdown renderer's own, which writes every id and href
    /// attribute as `id="` and `href="#`, so a plain replacement is exact.
    static func scoped(_ html: String, prefix: String) -> String {
        html.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
            .replacingOccurrences(of: " href=\"#", with: " href=\"#\(prefix)")
    }
}
