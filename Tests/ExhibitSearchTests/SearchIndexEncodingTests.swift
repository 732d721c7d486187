@testable import ExhibitSearch
import ExhibitText
import XCTest

/// What the index keeps and writes, each against a plain version of it: the postings'
/// codec, the result files' excerpts, and the tokens a document holds until the postings
/// are made.
final class SearchIndexEncodingTests: XCTestCase {
    func testPostingCodecRoundTrips() {
        func roundTrip(_ postings: [UInt32]) -> [UInt32] {
            var bytes: [UInt8] = []
            postings.withUnsafeBufferPointer { PostingCodec.encode($0, into: &bytes) }
            return PostingCodec.decode(String(decoding: bytes, as: UTF8.self)).map { UInt32($0.doc) << 5 | UInt32($0.mask) }
        }
        let sparse: [UInt32] = [0 << 5 | 1, 1 << 5 | 17, 40 << 5 | 1, 5000 << 5 | 31, 100_000 << 5 | 2]
        XCTAssertEqual(roundTrip(sparse), sparse)
        // Dense: bitmaps for body and title, a list for tags.
        var dense: [UInt32] = []
        for d in 0..<3000 where d % 7 != 3 {
            var mask: UInt32 = 1
            if d % 2 == 0 { mask |= 16 }
            if d == 2999 { mask |= 8 }
            dense.append(UInt32(d) << 5 | mask)
        }
        XCTAssertEqual(roundTrip(dense), dense)
        var bytes: [UInt8] = []
        [UInt32(0 << 5 | 1)].withUnsafeBufferPointer { PostingCodec.encode($0, into: &bytes) }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "AA")  // body list, last section; gap 0
        bytes = []
        dense.withUnsafeBufferPointer { PostingCodec.encode($0, into: &bytes) }
        XCTAssertLessThan(bytes.count, 3000 / 6 * 2 + 40)
    }

    /// Each field's section is the shorter of its list and its bitmap, the list when they
    /// are as long (the codec measures a list only when it can be the shorter): the size
    /// measured the plain way, on postings at and around the point where they are equal
    /// (a document in every six, gaps of one character, is a list exactly as long as the
    /// bitmap).
    func testEachSectionIsTheShorterKind() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            let step = [1, 2, 5, 6, 7, 40, 1200][round % 7]
            var postings: [UInt32] = []
            var doc = round % 3
            while doc < 3000 && postings.count < 600 {
                let mask = UInt32.random(in: 1...31, using: &generator) | (round % 2 == 0 ? 1 : 0)
                postings.append(UInt32(doc) << 5 | mask)
                doc += step + (round % 5 == 0 ? Int.random(in: 0...1, using: &generator) : 0)
            }
            var bytes: [UInt8] = []
            postings.withUnsafeBufferPointer { PostingCodec.encode($0, into: &bytes) }
            var sizes: [Int] = []
            for f in 0..<5 {
                let docs = postings.filter { $0 & (1 << f) != 0 }.map { Int($0 >> 5) }
                guard let last = docs.last else { continue }
                var list = 0, previous = -1
                for d in docs { list += PostingCodec.varintLength(UInt32(d - previous - 1)); previous = d }
                sizes.append(min(last / 6 + 1, list))
            }
            let expected = sizes.enumerated().reduce(0) { total, item in
                total + 1 + (item.offset < sizes.count - 1 ? PostingCodec.varintLength(UInt32(item.element)) : 0) + item.element
            }
            XCTAssertEqual(bytes.count, expected, "step \(step), round \(round)")
            XCTAssertEqual(PostingCodec.decode(String(decoding: bytes, as: UTF8.self)).map { UInt32($0.doc) << 5 | UInt32($0.mask) }, postings)
        }
    }

    /// The excerpt copies eight bytes at a time where it can: it is the one written a byte
    /// at a time before (kept here as the oracle), at every limit, on generated text of
    /// every UTF-8 width with white space, quotes, backslashes and controls between.
    func testExcerptsAreThoseWrittenAByteAtATime() {
        func byteByByte(_ text: String, limit: Int) -> [UInt8] {
            var out = JSONBytes()
            out.raw(0x22)
            var scalars = 0, pendingSpace = false, wroteAny = false
            for byte in text.utf8 {
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    pendingSpace = wroteAny
                    continue
                }
                if byte & 0xC0 != 0x80 {
                    if pendingSpace {
                        if scalars >= limit { break }
                        out.raw(0x20)
                        scalars += 1
                        pendingSpace = false
                    }
                    if scalars >= limit { break }
                    scalars += 1
                }
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { out.escape(byte) } else { out.raw(byte) }
                wroteAny = true
            }
            out.raw(0x22)
            return out.bytes
        }
        let pieces = ["服务团扎根西岭县", "。", "apple", " ", "  ", "\n", "\t", "\r\n", "\"", "\\", "\u{1}", "é", "👍🏽", "𠀀", "x",
                      "产值提高30%", "\u{7F}"]
        var rng = Corpus.Random(state: 11)
        for _ in 0..<4_000 {
            let text = (0..<rng.next(24)).map { _ in pieces[rng.next(pieces.count)] }.joined()
            let limit = rng.next(4) == 0 ? 2000 : rng.next(60)
            var fast = JSONBytes()
            SearchIndex.excerpt(UTF8Text(text), limit: limit, into: &fast)
            XCTAssertEqual(fast.bytes, byteByByte(text, limit: limit), "\(text.debugDescription), limit \(limit)")
        }
    }

    /// A document's tokens are kept in 6 bytes each: each partition gives back exactly its
    /// tokens with their fields, from single characters to the widest pairs of the last
    /// plane.
    func testDocumentTokensGiveBackEveryTokenOfTheirPartition() {
        var rng = Corpus.Random(state: 7)
        var expected: [UInt64: UInt32] = [:]
        let scalars: [UInt32] = [0x4E00, 0x4E01, 0x4E02, 0x9FFF, 0x3400, 0x2_0000, 0x3_134A, 0x3007]
        for _ in 0..<600 {
            let a = UInt64(scalars[rng.next(scalars.count)] + UInt32(rng.next(40)))
            let b = UInt64(scalars[rng.next(scalars.count)] + UInt32(rng.next(40)))
            let mask = UInt32(1 << rng.next(5))
            expected[a, default: 0] |= mask
            if rng.next(3) != 0 { expected[a << 21 | b, default: 0] |= mask }
        }
        for partitions in [1, 2, 3, 8] {
            var copy = SearchIndex.KeySink()
            for (key, mask) in expected { copy.table.or(key, mask) }
            let tokens = copy.take(partitions: partitions)
            var seen: [UInt64: UInt32] = [:]
            for p in 0..<partitions {
                tokens.forEach(partition: p) { key, mask in
                    XCTAssertEqual(SearchIndex.partition(of: key, partitions), p)
                    XCTAssertNil(seen[key], "each token once")
                    seen[key] = mask
                }
            }
            XCTAssertEqual(seen, expected, "\(partitions) partition(s)")
            XCTAssertEqual(tokens.bytes.count, expected.count * 6 + 2 * partitions)
            // The sink is empty for the next document.
            XCTAssertEqual(copy.take(partitions: partitions).bytes, [UInt8](repeating: 0, count: 2 * partitions))
        }
    }

    /// A thread building postings keeps its scratch memory from one partition to the next
    /// (`PostingScratch`): postings made in a scratch that has made others are the ones a
    /// new scratch makes, even for other documents in the same partition, where a
    /// character the scratch numbered before must not keep its number.
    func testPostingsDoNotDependOnTheScratchTheyAreMadeIn() {
        func tokens(seed: UInt64) -> [SearchIndex.DocumentTokens] {
            var sink = SearchIndex.KeySink()
            return Corpus.documents(80, characters: 200, seed: seed).map { SearchIndex.tokens(of: $0, sink: &sink, partitions: 1) }
        }
        let scratch = SearchIndex.PostingScratch()
        let earlier = SearchIndex.postings(of: tokens(seed: 3), partition: 0, of: 1, scratch: scratch)
        let reused = SearchIndex.postings(of: tokens(seed: 4), partition: 0, of: 1, scratch: scratch)
        // The documents' tokens are renumbered in place by each run: made again here.
        let fresh = SearchIndex.postings(of: tokens(seed: 4), partition: 0, of: 1)
        XCTAssertGreaterThan(earlier.count, 100)
        XCTAssertEqual(reused.count, fresh.count)
        XCTAssertEqual(reused.tokenBytes, fresh.tokenBytes)
        XCTAssertEqual(reused.tokenStart, fresh.tokenStart)
        XCTAssertEqual(reused.tokenHash, fresh.tokenHash)
        XCTAssertEqual(reused.postingBytes, fresh.postingBytes)
        XCTAssertEqual(reused.postingStart, fresh.postingStart)
    }

    /// Every token's postings in the shards are the documents that have it, with its
    /// fields, as the tokenizer's strings give them field by field: on enough documents
    /// and text for several partitions, with words (short and long, in ASCII and in
    /// full-width letters), other planes and compatibility characters among them.
    func testShardsHoldEveryTokensDocumentsAndFields() throws {
        var rng = Corpus.Random(state: 21)
        let extras = ["𠀀𠀁", "𪜀中", "﨎", "ＩｏＴ", "GDP", "café", "〇", "5G", "2023", "123456", "1234567", "Zz9", "abcdef",
                      "ABCDEFG", "ｚ９", "０", "0", "Ⅻ"]
        let docs = Corpus.documents(500, characters: 260).map { d -> SearchDocument in
            var d = d
            d.text = UTF8Text(d.text.string + " " + (0..<rng.next(4)).map { _ in extras[rng.next(extras.count)] }.joined(separator: " "))
            return d
        }
        let index = SearchIndex(documents: docs)
        var expected: [String: [Int: Int]] = [:]
        for (n, d) in index.documents.enumerated() {
            let fields: [(String, SearchField)] = [(d.title, .title)] + d.tags.map { ($0, .tags) }
                + [(d.organization, .organization), (d.summary, .summary), (d.text.string, .body)]
            for (text, field) in fields {
                for t in SearchTokenizer.indexTokens(text) { expected[t, default: [:]][n, default: 0] |= Int(field.rawValue) }
            }
        }
        var found: [String: [Int: Int]] = [:]
        for file in index.files() where file.path.hasPrefix("search/shards/") {
            let shard = try XCTUnwrap(try JSONSerialization.jsonObject(with: file.data) as? [String: String])
            for (token, postings) in shard {
                XCTAssertNil(found[token], "\(token) in one shard")
                found[token] = Dictionary(uniqueKeysWithValues: PostingCodec.decode(postings).map { ($0.doc, $0.mask) })
            }
        }
        XCTAssertEqual(found.count, expected.count)
        for (token, postings) in expected where found[token] != postings {
            XCTFail("\(token): \(found[token]?.count ?? 0) postings, expected \(postings.count)")
        }
    }
}

extension SearchIndex.DocumentTokens {
    /// The values' bytes, as the tests read them.
    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: store.base, count: store.byteCount)) }
}
