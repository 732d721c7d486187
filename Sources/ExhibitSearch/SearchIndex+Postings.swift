import Dispatch
import Foundation
import Synchronization

/// Postings per token, made in partitions.
extension SearchIndex {
    // MARK: - Postings

    struct Postings {
        /// Token strings (UTF-8) by token number, back to back.
        var tokenBytes: [UInt8] = []
        var tokenStart: [Int32] = [0]
        var tokenHash: [UInt32] = []
        /// Encoded postings of each token, back to back.
        var postingBytes: [UInt8] = []
        var postingStart: [Int32] = [0]
        var count: Int { tokenHash.count }
    }

    func buildPostings() -> PostingParts {
        let docs = documents
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunkCount = docs.count < 64 ? 1 : min(64, max(2, cores * 8))
        let perChunk = (docs.count + chunkCount - 1) / max(chunkCount, 1)
        // The tokens are split by a hash of their key into partitions built in parallel,
        // then put back together (the order of tokens is irrelevant: shards sort them).
        // A partition numbers its tokens in 22 bits (IntTable); a text of b bytes has at
        // most b / 1.5 Han tokens, so a partition per 48 MB of text keeps well under that.
        // Eight partitions, not one per core: a partition holds all its postings at once
        // (`postings(of:)`), and with two, one per core of this machine, those arrays were
        // 40 MB at 10,000 cases, a tenth of the build's page faults (the same output).
        let textBytes = docs.reduce(0) { $0 + $1.text.bytes.count + $1.title.utf8.count + $1.summary.utf8.count }
        let partitionCount = max(docs.count < 64 ? 1 : 8, textBytes / (48 << 20) + 1)
        let slots = SharedSlots<DocumentTokens>(count: docs.count)
        Self.parallel(chunkCount) { chunk in
            var sink = KeySink()
            let start = chunk * perChunk
            let end = min(docs.count, start + perChunk)
            guard start < end else { return }
            for n in start..<end { slots.set(n, Self.tokens(of: docs[n], sink: &sink, partitions: partitionCount)) }
        }
        let tokens = slots.items.map { $0! }
        let parts = SharedSlots<Postings>(count: partitionCount)
        // One worker a core, each taking the next partition and keeping its scratch memory
        // for the one after: made for each partition, the arrays of postings were new
        // memory each time, 200 MB of page faults at 50,000 cases (79 MB so, with what the
        // partitions make).
        let next = Atomic<Int>(0)
        Self.parallel(min(partitionCount, max(1, cores))) { _ in
            let scratch = PostingScratch()
            while true {
                let p = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard p < partitionCount else { break }
                parts.set(p, Self.postings(of: tokens, partition: p, of: partitionCount, scratch: scratch))
            }
        }
        return PostingParts(parts.items.map { $0! })
    }

    /// A token's partition: the top 32 bits of a multiplicative hash, scaled to the count
    /// by a multiplication (a division, for every token of every document, took 25 to 40
    /// cycles where this takes a few).
    @inline(__always)
    static func partition(of key: UInt64, _ count: Int) -> Int {
        count == 1 ? 0 : Int(truncatingIfNeeded: ((key &* 0xD6E8_FEB8_6659_FD93) >> 32 &* UInt64(count)) >> 32)
    }

    /// The postings of the tokens of partition `p` (words all go to partition 0).
    ///
    /// Two passes over the documents' tokens: the first numbers the tokens in order of
    /// first appearance, counts each one's postings and writes each token's number in
    /// place of its key (`renumber`: the tokens are the postings' own, read by nothing
    /// after), the second puts each posting (`doc << 5 | mask`) in its token's place by
    /// that number, with no hashing. One array of postings, in token order with documents
    /// increasing within a token; collecting (token, posting) pairs and sorting them after
    /// took three times the memory, 120 MB at 10,000 cases, on top of the documents'
    /// tokens: the peak of a build's memory. Keeping each posting's number apart from the
    /// documents' tokens instead of in place would be 40 MB more at 10,000 cases.
    static func postings(of docs: [DocumentTokens], partition p: Int, of partitionCount: Int,
                         scratch: PostingScratch = PostingScratch()) -> Postings {
        var numbers = TokenNumbers(single: scratch.single)
        defer { numbers.clearSingles() }
        var counts: [Int] = []
        for n in 0..<docs.count {
            docs[n].renumber(partition: p) { key in
                let token = numbers.number(key)
                count(token, in: &counts)
                return token
            }
            guard p == 0 else { continue }
            for word in docs[n].words { count(numbers.number(word: word), in: &counts) }
        }
        let tokenKeys = numbers.keys, words = numbers.words
        let tokenCount = tokenKeys.count
        var start = [Int](repeating: 0, count: tokenCount + 1)
        for t in 0..<tokenCount { start[t + 1] = start[t] + counts[t] }
        counts = []
        var fill = Array(start.dropLast())
        // Every slot is written below: each token's run holds exactly its count.
        let sorted = scratch.postings(count: start[tokenCount])
        fill.withUnsafeMutableBufferPointer { fill in
            for n in 0..<docs.count {
                let docBits = UInt32(n) << 5
                docs[n].forEach(partition: p) { token, mask in
                    sorted[fill[Int(token)]] = docBits | mask
                    fill[Int(token)] += 1
                }
                guard p == 0 else { continue }
                let t = docs[n]
                for i in 0..<t.words.count {
                    let token = numbers.number(word: t.words[i])
                    sorted[fill[token]] = docBits | UInt32(t.wordMasks[i])
                    fill[token] += 1
                }
            }
        }
        fill = []

        var result = Postings()
        result.tokenHash.reserveCapacity(tokenCount)
        result.tokenStart.reserveCapacity(tokenCount + 1)
        result.postingStart.reserveCapacity(tokenCount + 1)
        result.tokenBytes.reserveCapacity(tokenCount * 6)
        result.postingBytes.reserveCapacity(start[tokenCount] * 3 / 2)
        let all = UnsafeBufferPointer(sorted)
        for t in 0..<tokenCount {
            let key = tokenKeys[t]
            var h = TokenHash.seed
            if key >> 62 == 1 {
                let word = words[Int(key & 0xFFFF_FFFF)]
                for scalar in word.unicodeScalars { h = TokenHash.add(h, scalar.value) }
                result.tokenBytes.append(contentsOf: word.utf8)
            } else if key < 1 << 21 {
                h = TokenHash.add(h, UInt32(key))
                Self.appendUTF8(UInt32(key), to: &result.tokenBytes)
            } else if key >> 41 == 1 {
                Self.appendShortWord(key, to: &result.tokenBytes, hash: &h)
            } else {
                let a = UInt32(key >> 21), b = UInt32(key & 0x1F_FFFF)
                h = TokenHash.add(TokenHash.add(h, a), b)
                Self.appendUTF8(a, to: &result.tokenBytes)
                Self.appendUTF8(b, to: &result.tokenBytes)
            }
            result.tokenHash.append(TokenHash.finish(h))
            result.tokenStart.append(Int32(result.tokenBytes.count))
            PostingCodec.encode(UnsafeBufferPointer(rebasing: all[start[t]..<start[t + 1]]), into: &result.postingBytes)
            result.postingStart.append(Int32(result.postingBytes.count))
        }
        return result
    }

    /// One more posting of `token`, numbered at most one past the last (a static function:
    /// a local one capturing `counts` had its accesses checked at run time, for every
    /// posting).
    @inline(__always)
    private static func count(_ token: Int, in counts: inout [Int]) {
        if token == counts.count { counts.append(1) } else { counts[token] += 1 }
    }

    /// Token numbers in order of first appearance: `keys[n]` is token n's key (a word's
    /// is `1 << 62 | its index in words`).
    struct TokenNumbers {
        let table = IntTable(capacity: 1 << 15)
        /// A single Han character's number by its code point, -1 for none yet
        /// (`PostingScratch.single`, which `clearSingles` leaves all -1 again).
        let single: UnsafeMutablePointer<Int32>
        var keys: [UInt64] = []
        var wordIDs: [String: UInt32] = [:]
        var words: [String] = []

        @inline(__always)
        mutating func number(_ key: UInt64) -> Int {
            if key < 1 << 21 {
                // A single Han character: a direct table, no hashing.
                precondition(key < PostingScratch.singleCount, "a Han character below U+31350 (SearchTokenizer.isHan)")
                if single[Int(key)] < 0 {
                    single[Int(key)] = Int32(keys.count)
                    keys.append(key)
                }
                return Int(single[Int(key)])
            }
            let (slot, inserted) = table.findOrInsert(key, value: UInt32(keys.count))
            if inserted {
                precondition(keys.count < IntTable.maxValue, "too many distinct tokens in one partition")
                keys.append(key)
            }
            return Int(table.value(atSlot: slot))
        }

        /// The single characters' table as it was given: -1 everywhere.
        func clearSingles() {
            for key in keys where key < 1 << 21 { single[Int(key)] = -1 }
        }

        mutating func number(word: String) -> Int {
            if let id = wordIDs[word] { return Int(id) }
            let id = keys.count
            wordIDs[word] = UInt32(id)
            keys.append(1 << 62 | UInt64(words.count))
            words.append(word)
            return id
        }
    }

    /// Memory a thread building postings keeps from one partition to the next.
    final class PostingScratch {
        /// Every Han code point below 0x31350 (the planes of CJK extensions), -1 between uses.
        static let singleCount = 0x31350
        let single: UnsafeMutablePointer<Int32>
        private var room: UnsafeMutableBufferPointer<UInt32>

        init() {
            single = .allocate(capacity: Self.singleCount)
            single.initialize(repeating: -1, count: Self.singleCount)
            room = .allocate(capacity: 0)
        }

        deinit {
            single.deallocate()
            room.deallocate()
        }

        /// Room for `count` postings (uninitialised), valid until the next call.
        func postings(count: Int) -> UnsafeMutableBufferPointer<UInt32> {
            if room.count < count {
                room.deallocate()
                room = .allocate(capacity: count)
            }
            return UnsafeMutableBufferPointer(rebasing: room[..<count])
        }
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
