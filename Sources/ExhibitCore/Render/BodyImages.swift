import ExhibitText
import Foundation

/// Turns the `<img>` of a rendered body that shows a raster image of the site into a
/// `<picture>` of its variants: WebP first, the JPEG/PNG fallback's `srcset` on the
/// `<img>`, its width and height (so the text does not jump while it loads), lazy.
///
/// It runs on the HTML cmark-gfm wrote (`<img src="…" alt="…" />`), after the Markdown
/// stage, so that the Markdown layer knows nothing of variants. A body's URLs are
/// relative to the page it is shown on, so the rewrite is made for that page's folder.
enum BodyImages {
    /// The prose column's width (`.prose`, `--measure`): the screen less the margins on
    /// a phone, 42rem (672 px) from 768 px, 46rem of the larger type from 1792 px
    /// (about 900 px at 1920: rem is 10 px + 0.5vw there), as the stylesheet lays it out.
    static let sizes = "(min-width: 112em) calc(460px + 23vw), (min-width: 48em) 42rem, calc(100vw - 2rem)"

    /// Every body with its `<img>` rewritten for the page it is shown on.
    static func rewrite(_ bodies: MarkdownStage.Bodies, model: SiteModel, images: ResponsiveImages,
                        cases: [Int]? = nil) -> MarkdownStage.Bodies {
        guard !images.byFile.isEmpty else { return bodies }
        var result = bodies
        for i in cases ?? Array(bodies.cases.indices) where i < model.cases.count {
            result.cases[i].html = rewrite(bodies.cases[i], directory: model.casePath(i), model: model, images: images)
        }
        guard cases == nil else { return result }
        for i in bodies.pages.indices where i < model.pages.count {
            // A free page has no cover: its first picture is what a reader sees first.
            result.pages[i].html = rewrite(bodies.pages[i], directory: "\(model.pages[i].slug)/", model: model, images: images, eagerFirst: true)
        }
        if let preface = bodies.preface {
            result.preface?.html = rewrite(preface, directory: "", model: model, images: images)
        }
        return result
    }

    /// The files of the bodies' `images` that their HTML does not show as an `<img>` (of
    /// the bodies as cmark-gfm wrote them): a picture a body lists but a template shows
    /// (a gallery's) is not rewritten, so its original stays published.
    static func notInHTML(_ bodies: MarkdownStage.Bodies, model: SiteModel, images: ResponsiveImages, cases: [Int]? = nil) -> Set<String> {
        var shownBodies: [(CaseBody, String)] = (cases ?? Array(bodies.cases.indices)).filter { $0 < model.cases.count }
            .map { (bodies.cases[$0], model.casePath($0)) }
        if cases == nil {
            shownBodies += zip(bodies.pages, model.pages).map { ($0, "\($1.slug)/") }
            if let preface = bodies.preface { shownBodies.append((preface, "")) }
        }
        var kept: Set<String> = []
        for (body, directory) in shownBodies where !body.images.isEmpty {
            let sources = ResponsiveImages.sources(in: body.html.string)
            // The gallery is drawn by the template from the variants (`galleryValues`).
            let gallery = Set(body.gallery.map(\.file))
            for use in body.images where images[use.file] != nil && !gallery.contains(use.file) {
                let output = model.outputBySource[use.file]
                if output.map({ !sources.contains(LinkResolver.relative($0, from: directory)) }) ?? true { kept.insert(use.file) }
            }
        }
        return kept
    }

    /// The bodies' HTML with the folder of the page each is shown on.
    static func shown(_ bodies: MarkdownStage.Bodies, model: SiteModel) -> [(html: String, directory: String)] {
        var shown = zip(bodies.cases, model.cases.indices).map { ($0.html.string, model.casePath($1)) }
        shown += zip(bodies.pages, model.pages).map { ($0.html.string, "\($1.slug)/") }
        if let preface = bodies.preface { shown.append((preface.html.string, "")) }
        return shown
    }

    static func rewrite(_ body: CaseBody, directory: String, model: SiteModel, images: ResponsiveImages, eagerFirst: Bool = false) -> UTF8Text {
        var byURL: [String: ResponsiveImage] = [:]
        for use in body.images {
            guard let image = images[use.file], let output = model.outputBySource[use.file] else { continue }
            byURL[LinkResolver.relative(output, from: directory)] = image
        }
        guard !byURL.isEmpty else { return body.html }
        return UTF8Text(rewrite(body.html.string, directory: directory, byURL: byURL, eagerFirst: eagerFirst))
    }

    /// `html` with each `<img src="U"…>` whose U (decoded) is in `byURL` made a `<picture>`.
    static func rewrite(_ html: String, directory: String, byURL: [String: ResponsiveImage], eagerFirst: Bool) -> String {
        let opening = "<img src=\""
        var out = ""
        var rest = html[...]
        var first = true
        while let start = rest.range(of: opening) {
            out += rest[..<start.lowerBound]
            let afterSrc = rest[start.upperBound...]
            guard let quote = afterSrc.firstIndex(of: "\""), let close = afterSrc[quote...].firstIndex(of: ">") else { break }
            let written = String(afterSrc[..<quote])
            let url = ResponsiveImages.plainPath(written)
            guard let image = byURL[url], let value = image.value(alt: "", from: directory) else {
                out += rest[start.lowerBound...close]
                rest = rest[afterSrc.index(after: close)...]
                continue
            }
            // The attributes cmark wrote after src (alt, title), without the closing slash.
            var attributes = String(afterSrc[afterSrc.index(after: quote)..<close])
            if attributes.hasSuffix("/") { attributes.removeLast() }
            attributes = attributes.trimmingCharacters(in: .whitespaces)
            let loading = eagerFirst && first ? "" : " loading=\"lazy\""
            first = false
            let escape = { (text: String?) in MarkupEscape.escape(text ?? "") }
            out += "<picture><source type=\"image/webp\" srcset=\"\(escape(value.webpSrcset))\" sizes=\"\(sizes)\">"
                + "<img src=\"\(escape(value.url))\" srcset=\"\(escape(value.srcset))\" sizes=\"\(sizes)\" width=\"\(image.width)\" height=\"\(image.height)\""
                + (attributes.isEmpty ? "" : " " + attributes) + loading + " decoding=\"async\"></picture>"
            rest = rest[afterSrc.index(after: close)...]
        }
        out += rest
        return out
    }
}
