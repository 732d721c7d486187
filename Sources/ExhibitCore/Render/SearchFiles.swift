import ExhibitSearch
import Foundation

/// The search index of every published case (`search/…`), for /search/.
struct SearchFiles {
    let model: SiteModel
    let bodies: [CaseBody]

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
                year: c.date.year, text: bodies[i].plainText)
        }
        return SearchIndex(documents: documents, categoryOrder: model.config.categories.map(\.id))
    }
}
