import ExhibitText
import Foundation

/// The postings split into shards of bounded size.
extension SearchIndex {
    /// The partitions' postings numbered as one: token t is token `t - first[k]` of part
    /// `k = partOf[t]`. Joined into one `Postings`, every token's string and encoded
    /// postings were copied once more (44 MB at 50,000 cases, all of it new memory), for
    /// the shards to copy them again.
    struct PostingParts {
        let parts: [Postings]
        /// Each part's first token, and the count of all tokens after the last part.
        let first: [Int]
        let partOf: [UInt16]
        var count: Int { first[parts.count] }

        init(_ parts: [Postings]) {
            precondition(parts.count <= Int(UInt16.max), "at most 65,535 partitions")
            self.parts = parts
            var first = [0]
            var partOf: [UInt16] = []
            for (k, part) in parts.enumerated() {
                first.append(first[k] + part.count)
                partOf.append(contentsOf: repeatElement(UInt16(k), count: part.count))
            }
            self.first = first
            self.partOf = partOf
        }

        /// `body(part, local number)` of token `t`.
        @inline(__always)
        func with<R>(_ t: Int, _ body: (Postings, Int) -> R) -> R {
            let k = Int(partOf[t])
            return body(parts[k], t - first[k])
        }

        func hash(_ t: Int) -> UInt32 { with(t) { p, i in p.tokenHash[i] } }

        /// The token's UTF-8.
        func token(_ t: Int) -> ArraySlice<UInt8> {
            with(t) { p, i in p.tokenBytes[Int(p.tokenStart[i])..<Int(p.tokenStart[i + 1])] }
        }

        /// The token's encoded postings (`PostingCodec`).
        func postings(_ t: Int) -> ArraySlice<UInt8> {
            with(t) { p, i in p.postingBytes[Int(p.postingStart[i])..<Int(p.postingStart[i + 1])] }
        }
    }

    /// The shard count: the smallest that gives an average shard of `targetShardBytes`,
    /// raised (by a quarter at a time) until no shard is over `maxShardBytes`, or the
    /// largest shard is little more than its largest token.
    func shardCount(_ p: PostingParts) -> Int {
        var sizes = [Int](repeating: 0, count: p.count)
        var total = 2
        var largestToken = 0
        var hashes = [UInt32](repeating: 0, count: p.count)
        for t in 0..<p.count {
            let size = p.with(t) { q, i in
                Int(q.tokenStart[i + 1] - q.tokenStart[i]) + Int(q.postingStart[i + 1] - q.postingStart[i]) + 6
            }
            sizes[t] = size
            hashes[t] = p.hash(t)
            total += size
            largestToken = max(largestToken, size)
        }
        var count = max(1, (total + targetShardBytes - 1) / targetShardBytes)
        let limit = max(maxShardBytes, largestToken + targetShardBytes)
        for _ in 0..<12 {
            var shard = [Int](repeating: 2, count: count)
            for t in 0..<p.count { shard[Int(hashes[t] % UInt32(count))] += sizes[t] }
            if shard.max()! <= limit { break }
            count += count / 4 + 1
        }
        return count
    }

    func writeShards(_ p: PostingParts) -> [Data] {
        let shardCount = shardCount(p)

        // Tokens by shard, each shard in code point order (= UTF-8 byte order): sorted by
        // their first eight bytes, then (only long words can tie) by all of them.
        var shardOf = [Int32](repeating: 0, count: p.count)
        var shardStart = [Int](repeating: 0, count: shardCount + 1)
        var prefix = [UInt64](repeating: 0, count: p.count)
        for t in 0..<p.count {
            let s = Int(p.hash(t) % UInt32(shardCount))
            shardOf[t] = Int32(s)
            shardStart[s + 1] += 1
            prefix[t] = ByteWord.sortPrefix(p.token(t))
        }
        for s in 0..<shardCount { shardStart[s + 1] += shardStart[s] }
        var order = [Int32](repeating: 0, count: p.count)
        var fill = shardStart
        for t in 0..<p.count {
            let s = Int(shardOf[t])
            order[fill[s]] = Int32(t)
            fill[s] += 1
        }

        let shards = SharedSlots<Data>(count: shardCount)
        let chunkCount = shardCount < 16 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 4
        let perChunk = (shardCount + chunkCount - 1) / chunkCount
        Self.parallel(chunkCount) { [order, prefix, shardStart] chunk in
            let first = chunk * perChunk
            let last = min(shardCount, first + perChunk)
            guard first < last else { return }
            for s in first..<last {
                var tokens = Array(order[shardStart[s]..<shardStart[s + 1]])
                tokens.sort { x, y in
                    let px = prefix[Int(x)], py = prefix[Int(y)]
                    if px != py { return px < py }
                    return p.token(Int(x)).lexicographicallyPrecedes(p.token(Int(y)))
                }
                var out = JSONBytes(capacity: targetShardBytes * 2)
                out.raw(0x7B)
                for (i, t) in tokens.enumerated() {
                    if i > 0 { out.raw(0x2C) }
                    out.raw(0x22)
                    out.bytes.append(contentsOf: p.token(Int(t)))
                    out.raw(0x22); out.raw(0x3A); out.raw(0x22)
                    out.bytes.append(contentsOf: p.postings(Int(t)))
                    out.raw(0x22)
                }
                out.raw(0x7D)
                shards.set(s, Self.data(out.bytes))
            }
        }
        return shards.items.map { $0! }
    }

}
