import Foundation

/// Queries the files of a ``SearchIndex`` the way `search.js` does in the browser; used by
/// the tests and the benchmark to check recall and measure what a query fetches.
public struct SearchReader {
    public struct Result: Sendable, Equatable {
        /// Document number in the index.
        public let document: Int
        public let url: String
        /// Sum over the query's tokens of their field masks (title 16, tags 8,
        /// organization 4, summary 2, body 1).
        public let score: Int
        /// 2: the query occurs as written in the title; 1: in another field or the
        /// excerpt; 0: only its tokens were found (set for the reranked top results).
        public let exact: Int
    }

    let files: [String: Data]
    /// Parsed shards and documents, each read once.
    final class Cache {
        var shards: [String: [String: String]] = [:]
        var documents: [Int: [String: Any]] = [:]
    }
    let cache = Cache()
    public let shardCount: Int
    public let documentCount: Int
    /// (first document, year, category id) of each group, in document order.
    let groups: [(first: Int, year: Int, category: String)]

    public init(files: [(path: String, data: Data)]) throws {
        var map: [String: Data] = [:]
        for file in files { map[file.path] = file.data }
        self.files = map
        guard let data = map["search/meta.json"],
              let meta = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let shards = meta["shards"] as? Int, let docs = meta["docs"] as? Int,
              let categories = meta["categories"] as? [[String: Any]],
              let groups = meta["groups"] as? [[Int]]
        else { throw CocoaError(.fileReadCorruptFile) }
        shardCount = shards
        documentCount = docs
        let ids = categories.map { $0["id"] as? String ?? "" }
        self.groups = groups.map { ($0[2], $0[0], ids[$0[1]]) }
    }

    /// The shard file a token's postings are in.
    public func shardPath(of token: String) -> String {
        "search/shards/\(Int(TokenHash.hash(token) % UInt32(shardCount))).json"
    }

    func shard(_ path: String) -> [String: String] {
        if let known = cache.shards[path] { return known }
        guard let data = files[path],
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return [:] }
        cache.shards[path] = object
        return object
    }

    func group(of document: Int) -> (first: Int, year: Int, category: String) {
        var lo = 0, hi = groups.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if groups[mid].first <= document { lo = mid } else { hi = mid - 1 }
        }
        return groups[lo]
    }

    /// The matching documents, best first: every token of the query in the document,
    /// ranked by field score, then document number; the first `rerank` results are then
    /// reordered by whether the query occurs as written (title, then anywhere).
    public func search(_ query: String, category: String? = nil, year: Int? = nil, rerank: Int = 10) -> [Result] {
        let tokens = Self.plan(SearchTokenizer.queryTokens(query))
        guard !tokens.isEmpty else { return [] }
        var shards: [String: [String: String]] = [:]
        var lists: [[(doc: Int, mask: Int)]] = []
        for token in tokens {
            let path = shardPath(of: token)
            if shards[path] == nil { shards[path] = shard(path) }
            guard let postings = shards[path]![token] else { return [] }
            lists.append(PostingCodec.decode(postings))
        }
        var count = [Int](repeating: 0, count: documentCount)
        var score = [Int](repeating: 0, count: documentCount)
        for list in lists {
            for (doc, mask) in list {
                count[doc] += 1
                score[doc] += mask
            }
        }
        var hits: [Int] = []
        for doc in 0..<documentCount where count[doc] == tokens.count {
            let g = group(of: doc)
            if let category, g.category != category { continue }
            if let year, g.year != year { continue }
            hits.append(doc)
        }
        hits.sort { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }
        var results = hits.map { Result(document: $0, url: "", score: score[$0], exact: 0) }
        let top = min(rerank, results.count)
        let parts = Self.phraseParts(query)
        for i in 0..<top {
            let doc = document(results[i].document)
            results[i] = Result(document: results[i].document, url: doc["url"] as? String ?? "",
                                score: results[i].score, exact: Self.exactLevel(parts, doc))
        }
        results[0..<top].sort { a, b in
            if a.exact != b.exact { return a.exact > b.exact }
            if a.score != b.score { return a.score > b.score }
            return a.document < b.document
        }
        for i in top..<results.count {
            let url = document(results[i].document)["url"] as? String ?? ""
            results[i] = Result(document: results[i].document, url: url, score: results[i].score, exact: 0)
        }
        return results
    }

    /// The files `search.js` fetches for `query` showing `top` results: meta.json, the
    /// shards of the query's tokens, and the document files of the top results.
    public func filesFetched(for query: String, top: Int = 10) -> [String] {
        var paths = ["search/meta.json"]
        for token in Self.plan(SearchTokenizer.queryTokens(query)) {
            let path = shardPath(of: token)
            if !paths.contains(path) { paths.append(path) }
        }
        for result in search(query, rerank: top).prefix(top) { paths.append("search/docs/\(result.document).json") }
        return paths
    }

    /// Bytes of the files `filesFetched(for:top:)` names.
    public func bytesFetched(for query: String, top: Int = 10) -> Int {
        filesFetched(for: query, top: top).reduce(0) { $0 + (files[$1]?.count ?? 0) }
    }

    func document(_ n: Int) -> [String: Any] {
        if let known = cache.documents[n] { return known }
        guard let data = files["search/docs/\(n).json"],
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        cache.documents[n] = object
        return object
    }

    /// The tokens a query is matched on: all of them, or for a long query (more than 8)
    /// every other one and the last, so it loads fewer shards. Any subset of the tokens
    /// still finds every document that contains the query; the reranking puts those
    /// first.
    static func plan(_ tokens: [String]) -> [String] {
        guard tokens.count > 8 else { return tokens }
        return tokens.enumerated().filter { $0.offset % 2 == 0 || $0.offset == tokens.count - 1 }.map(\.element)
    }

    /// The query as the reranker matches it: NFKC, lower-cased, split at white space.
    static func phraseParts(_ query: String) -> [String] {
        query.precomposedStringWithCompatibilityMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    static func exactLevel(_ parts: [String], _ doc: [String: Any]) -> Int {
        guard !parts.isEmpty else { return 0 }
        let title = (doc["title"] as? String ?? "").lowercased()
        if parts.allSatisfy({ title.contains($0) }) { return 2 }
        let all = [title, ((doc["tags"] as? [String]) ?? []).joined(separator: " "),
                   doc["organization"] as? String ?? "", doc["summary"] as? String ?? "",
                   doc["excerpt"] as? String ?? ""].joined(separator: "\n").lowercased()
        return parts.allSatisfy({ all.contains($0) }) ? 1 : 0
    }
}
