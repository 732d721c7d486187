import Synchronization
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
        let made = Mutex<[(path: String, data: Data)]>([])
        files(into: { path, data in made.withLock { $0.append((path, data)) } })
        // The result files come from several threads: put them back in order.
        return made.withLock { $0 }.enumerated().sorted { a, b in
            let (x, y) = (Self.order(a.element.path), Self.order(b.element.path))
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// The files of `files()`, each given to `emit` as soon as it is made (the result
    /// files from several threads at once), so that they need not all be in memory: at
    /// 10,000 cases they were 60 MB, the largest part of a build's peak.
    public func files(into emit: @Sendable (_ path: String, _ data: Data) -> Void) {
        let postings = buildPostings()
        let shards = writeShards(postings)
        emit("search/meta.json", Self.data(metaJSON(shardCount: shards.count)))
        for (n, shard) in shards.enumerated() {
            emit("search/shards/\(n).json", shard)
        }
        documentFiles { n, doc in emit("search/docs/\(n).json", doc) }
    }

    /// Meta first, then shards and result files by number.
    private static func order(_ path: String) -> (Int, Int) {
        let number = Int(path.split(separator: "/").last?.split(separator: ".").first ?? "") ?? 0
        return (path.hasPrefix("search/shards/") ? 1 : path.hasPrefix("search/docs/") ? 2 : 0, number)
    }

    /// `Data(bytes)` copies element by element; this is one copy.
    static func data(_ bytes: [UInt8]) -> Data {
        bytes.withUnsafeBytes { Data($0) }
    }

}
