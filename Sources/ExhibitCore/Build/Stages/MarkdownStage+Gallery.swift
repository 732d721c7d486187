extension MarkdownStage {
    /// The case's gallery, beside its body (not in `MarkdownCache`: it follows the
    /// front matter and the case folder, not the Markdown). Its pictures are checked like
    /// the body's images (GPS, size): a `gallery:` entry at its line, a folder's picture
    /// at the top of the case file.
    static func addGallery(to body: inout CaseBody, of index: Int, model: SiteModel, folders: [String: [String]],
                           media: MediaEmbed.Tools?, log: DiagnosticLog) {
        guard let media else { return }
        // Most cases have no gallery: nothing to make (a maker holds a copy of the model).
        let c = model.cases[index]
        if c.gallery.isEmpty, c.bundlePath.map({ folders[$0] == nil }) ?? true {
            body.gallery = []
            return
        }
        let (items, problems) = GalleryMaker(model: model, folder: media.folder, probes: media.probes, folders: folders).gallery(of: index)
        log.add(contentsOf: problems)
        body.gallery = items
        let resolver = LinkResolver(outputBySource: model.outputBySource)
        let outputDirectory = model.casePath(index)
        for item in items {
            let entry = c.gallery.first { resolver.contentFile($0.src, from: c.sourcePath) == item.file }
            let written = entry?.src ?? String(item.output.dropFirst(outputDirectory.count))
            body.images.append(ImageUse(file: item.file, written: written, line: entry?.line ?? 1, column: entry?.column ?? 1))
        }
    }
}
