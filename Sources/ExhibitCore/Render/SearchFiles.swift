import ExhibitSearch
import Foundation

/// The search index of every published case (`search/…`), for /search/.
struct SearchFiles {
    let model: SiteModel
    let bodies: [CaseBody]
    /// The site's photos as published: a case with a photo as its cover shows its
    /// narrowest variant beside its result.
    var images = ResponsiveImages()

    func files() -> [(path: String, data: Data)] { index().files() }

    /// The files of `files()`, each given to `emit` as soon as it is made.
    func files(into emit: @Sendable (_ path: String, _ data: Data) -> Void) { index().files(into: emit) }

    private func index() -> SearchIndex {
        let documents = model.cases.indices.map { i in
            let c = model.cases[i]
            return SearchDocument(
                id: i, url: model.casePath(i), title: c.title, summary: c.summary ?? bodies[i].summary,
                tags: c.tags, organization: c.organization ?? "", category: c.category,
                categoryName: model.config.category(c.category)?.name ?? c.category,
                year: c.date.year, text: bodies[i].plainText, thumbnail: thumbnail(i))
        }
        return SearchIndex(documents: documents, categoryOrder: model.config.categories.map(\.id))
    }

    /// The narrowest WebP of a case's cover photo (480 px, or the photo's own width).
    func thumbnail(_ index: Int) -> String {
        let c = model.cases[index]
        guard let cover = c.cover, let file = LinkResolver(outputBySource: model.outputBySource).contentFile(cover, from: c.sourcePath),
              let smallest = images[file]?.webp.first else { return "" }
        return smallest.output
    }
}
