/// `case.gallery`: one picture of a case's gallery.
struct GalleryValue: Encodable, Sendable {
    /// The picture itself, where a thumbnail links to (and the viewer shows).
    var url: String
    /// Shown under the picture and in the viewer; absent when there is none.
    var caption: String?
    /// The thumbnail's alt text: the caption, or the case's title and the picture's number.
    var alt: String
    /// 1, 2 … in the gallery.
    var number: Int
    var thumb: GalleryThumb
}

/// The picture a thumbnail shows: a photo's variants (`srcset` in WebP and JPEG/PNG, the
/// browser takes the width the grid needs), or the image itself (SVG, GIF) at its size.
struct GalleryThumb: Encodable, Sendable {
    var url: String
    var srcset: String?
    var webpSrcset: String?
    var width: Int?
    var height: Int?
}

extension PageContext {
    /// The gallery of the case at `index`, with links from this page.
    func galleryValues(_ index: Int) -> [GalleryValue] {
        let items = bodies[index].gallery
        let title = model.cases[index].title
        return items.enumerated().map { n, item in
            let alt = item.caption.isEmpty ? "\(title) \(n + 1)/\(items.count)" : item.caption
            let caption = item.caption.isEmpty ? nil : item.caption
            // A photo: the link (and the viewer) opens its 1600 px variant, the thumbnail
            // is chosen from its widths; the original is not published.
            if let image = shared.images[item.file], let shown = image.fallback(atLeast: 1600) {
                let url = root + shown.output
                let thumb = GalleryThumb(url: root + (image.fallback(atLeast: 480) ?? shown).output,
                                         srcset: image.srcset(image.fallback, root: root),
                                         webpSrcset: image.srcset(image.webp, root: root),
                                         width: image.width, height: image.height)
                return GalleryValue(url: url, caption: caption, alt: alt, number: n + 1, thumb: thumb)
            }
            let url = root + item.output
            // The specimen's thumbnail has every name a photo's has, for the template check.
            let srcset = isSpecimen ? url + " 480w" : nil
            return GalleryValue(url: url, caption: caption, alt: alt, number: n + 1,
                                thumb: GalleryThumb(url: url, srcset: srcset, webpSrcset: srcset, width: item.width, height: item.height))
        }
    }
}
