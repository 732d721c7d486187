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

/// The picture a thumbnail shows: for now the image itself at its own size (the browser
/// scales it); responsive variants (`srcset`) belong here when images have them.
struct GalleryThumb: Encodable, Sendable {
    var url: String
    var width: Int?
    var height: Int?
}

extension PageContext {
    /// The gallery of the case at `index`, with links from this page.
    func galleryValues(_ index: Int) -> [GalleryValue] {
        let items = bodies[index].gallery
        let title = model.cases[index].title
        return items.enumerated().map { n, item in
            let url = LinkResolver.relative(item.output, from: directory)
            let alt = item.caption.isEmpty ? "\(title) \(n + 1)/\(items.count)" : item.caption
            return GalleryValue(url: url, caption: item.caption.isEmpty ? nil : item.caption, alt: alt, number: n + 1,
                                thumb: GalleryThumb(url: url, width: item.width, height: item.height))
        }
    }
}
