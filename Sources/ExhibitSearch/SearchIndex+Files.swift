import ExhibitText
import Dispatch
import Foundation

/// meta.json and the per-case result files.
extension SearchIndex {
    // MARK: - Meta and documents

    func metaJSON(shardCount: Int) -> [UInt8] {
        var counts: [String: Int] = [:]
        for d in documents { counts[d.category, default: 0] += 1 }
        let categoryIndex = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1.id, $0) })
        var out = JSONBytes(capacity: 1024)
        out.raw(0x7B)
        out.key("categories"); out.raw(0x5B)
        for (i, c) in categories.enumerated() {
            if i > 0 { out.raw(0x2C) }
            out.raw(0x7B)
            out.key("count"); out.int(counts[c.id] ?? 0); out.raw(0x2C)
            out.key("id"); out.string(c.id); out.raw(0x2C)
            out.key("name"); out.string(c.name)
            out.raw(0x7D)
        }
        out.raw(0x5D); out.raw(0x2C)
        out.key("docs"); out.int(documents.count); out.raw(0x2C)
        out.key("excerpt"); out.int(excerptLength); out.raw(0x2C)
        out.key("fields"); out.strings(SearchField.names); out.raw(0x2C)
        out.key("format"); out.int(Self.formatVersion); out.raw(0x2C)
        // [year, category index, first document, count], in document order.
        out.key("groups"); out.raw(0x5B)
        var n = 0
        var firstGroup = true
        while n < documents.count {
            var end = n + 1
            while end < documents.count && documents[end].year == documents[n].year
                && documents[end].category == documents[n].category { end += 1 }
            if !firstGroup { out.raw(0x2C) }
            firstGroup = false
            out.raw(0x5B)
            out.int(documents[n].year); out.raw(0x2C)
            out.int(categoryIndex[documents[n].category]!); out.raw(0x2C)
            out.int(n); out.raw(0x2C)
            out.int(end - n)
            out.raw(0x5D)
            n = end
        }
        out.raw(0x5D); out.raw(0x2C)
        out.key("shards"); out.int(shardCount); out.raw(0x2C)
        out.key("tokenizer"); out.int(SearchTokenizer.version); out.raw(0x2C)
        var years: [Int] = []
        for d in documents where years.last != d.year { years.append(d.year) }
        out.key("years"); out.raw(0x5B)
        for (i, y) in years.enumerated() {
            if i > 0 { out.raw(0x2C) }
            out.int(y)
        }
        out.raw(0x5D)
        out.raw(0x7D)
        out.raw(0x0A)
        return out.bytes
    }

    /// Each result file, numbered, given to `emit` from the thread that made it.
    func documentFiles(_ emit: @Sendable (Int, Data) -> Void) {
        let docs = documents
        let limit = excerptLength
        let chunkCount = docs.count < 64 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 4
        let perChunk = (docs.count + chunkCount - 1) / max(chunkCount, 1)
        Self.parallel(chunkCount) { chunk in
            let first = chunk * perChunk
            let last = min(docs.count, first + perChunk)
            guard first < last else { return }
            var out = JSONBytes(capacity: limit * 4 + 4096)
            for n in first..<last {
                let d = docs[n]
                out.bytes.removeAll(keepingCapacity: true)
                out.raw(0x7B)
                out.key("category"); out.string(d.categoryName); out.raw(0x2C)
                out.key("excerpt"); Self.excerpt(d.text, limit: limit, into: &out); out.raw(0x2C)
                out.key("organization"); out.string(d.organization); out.raw(0x2C)
                out.key("summary"); out.string(d.summary); out.raw(0x2C)
                out.key("tags"); out.strings(d.tags); out.raw(0x2C)
                // Only with a picture, so that an index without any stays as it was.
                if !d.thumbnail.isEmpty { out.key("thumb"); out.string(d.thumbnail); out.raw(0x2C) }
                out.key("title"); out.string(d.title); out.raw(0x2C)
                out.key("url"); out.string(d.url); out.raw(0x2C)
                out.key("year"); out.int(d.year)
                out.raw(0x7D)
                emit(n, Self.data(out.bytes))
            }
        }
    }

    /// The first `limit` Unicode scalars of `text` with each run of white space made one
    /// space (none at the ends), as a JSON string.
    static func excerpt(_ text: UTF8Text, limit: Int, into out: inout JSONBytes) {
        text.withBytes { bytes in
            out.raw(0x22)
            var scalars = 0
            var pendingSpace = false
            var wroteAny = false
            var runStart = -1  // start of bytes not yet copied
            var i = 0
            let n = bytes.count
            func flush(_ end: Int) {
                if runStart >= 0 && runStart < end {
                    out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
                }
                runStart = -1
            }
            while i < n {
                // Eight bytes with no white space, control, quote or backslash are copied
                // as they are (left in the run being copied), their scalars counted by
                // their lead bytes (`ByteWord`): a byte at a time the excerpts were 1.5 %
                // of a 1,000-case build's instructions.
                if !pendingSpace, i + 8 <= n {
                    let word = ByteWord.load(bytes, at: i)
                    if ByteWord.below(0x21, word) | ByteWord.equal(0x22, word) | ByteWord.equal(0x5C, word) == 0 {
                        let leads = ByteWord.leadBytes(word)
                        if scalars + leads <= limit {
                            scalars += leads
                            if runStart < 0 { runStart = i }
                            wroteAny = true
                            i += 8
                            continue
                        }
                    }
                }
                let byte = bytes[i]
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    flush(i)
                    pendingSpace = wroteAny
                    i += 1
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
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    flush(i)
                    out.escape(byte)
                } else if runStart < 0 {
                    runStart = i
                }
                wroteAny = true
                i += 1
            }
            flush(i)
            out.raw(0x22)
        }
    }
}
