import Dispatch
import Foundation

/// The static search index of a site: files under `search/` that `search.js` reads.
///
/// ```
/// search/meta.json          format, tokenizer version, shard count, documents,
///                           categories, years, and the (year, category) groups of
///                           document numbers that the filters use
/// search/shards/<n>.json    {"token": "postings", …}: every token whose hash lands in
///                           shard n (see TokenHash), keys in code point order
/// search/docs/<n>.json      what a result shows: title, url, category name, year,
///                           organization, tags, summary, and the opening of the text
/// ```
/// Documents are numbered 0… in the order newest year first, then category (in
/// `categoryOrder`, then by id), then `SearchDocument.id`, so the documents of one year
/// and category are one run of numbers (a group in `meta.json`), and a lower number wins
/// a tie in ranking. The same input always gives the same bytes.
public struct SearchIndex: Sendable {
    /// Documents in index order: `documents[n]` is document number n.
    public let documents: [SearchDocument]
    /// Categories in `meta.json` order: (id, name).
    public let categories: [(id: String, name: String)]
    /// Characters of the text kept in each document file for snippets and reranking.
    public var excerptLength = 2000
    /// The average shard size aimed at; shards vary around it with the hash.
    public var targetShardBytes = 16 * 1024
    /// The size no shard should exceed (unless one token's postings are about that big).
    public var maxShardBytes = 40 * 1024

    public static let formatVersion = 1

    public init(documents: [SearchDocument], categoryOrder: [String] = []) {
        var names: [String: String] = [:]
        for document in documents where names[document.category] == nil {
            names[document.category] = document.categoryName
        }
        var order: [String] = categoryOrder.filter { names[$0] != nil }
        var listed = Set(order)
        for id in names.keys.sorted() where !listed.contains(id) {
            order.append(id)
            listed.insert(id)
        }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        categories = order.map { ($0, names[$0]!) }
        let keys = documents.map { (year: $0.year, rank: rank[$0.category]!, id: $0.id) }
        let sorted = documents.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.year != b.year { return a.year > b.year }
            if a.rank != b.rank { return a.rank < b.rank }
            if a.id != b.id { return a.id < b.id }
            return documents[i].url < documents[j].url
        }
        self.documents = sorted.map { documents[$0] }
    }

    /// Every file of the index, paths relative to the output root, in a fixed order:
    /// meta, shards, documents.
    public func files() -> [(path: String, data: Data)] {
        let postings = buildPostings()
        var files: [(path: String, data: Data)] = []
        let shards = writeShards(postings)
        files.reserveCapacity(1 + shards.count + documents.count)
        files.append(("search/meta.json", Self.data(metaJSON(shardCount: shards.count))))
        for (n, shard) in shards.enumerated() {
            files.append(("search/shards/\(n).json", shard))
        }
        let docs = documentFiles()
        for (n, doc) in docs.enumerated() {
            files.append(("search/docs/\(n).json", doc))
        }
        return files
    }

    /// `Data(bytes)` copies element by element; this is one copy.
    static func data(_ bytes: [UInt8]) -> Data {
        bytes.withUnsafeBytes { Data($0) }
    }

}
