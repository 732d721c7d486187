import ExhibitText
import Dispatch
import Foundation

/// Turning documents into token keys, in parallel partitions.
extension SearchIndex {
    // MARK: - Tokenising

    /// The distinct tokens of one document with the fields they occur in.
    ///
    /// Every document's tokens are held until the postings are made. As 64-bit
    /// `key << 5 | mask` values they were 8 MB at 1,000 cases and 84 MB at 10,000, the
    /// largest single part of a build's peak memory; a value is under 2⁴⁸, so each is kept
    /// in 6 bytes, in the order the document's table holds them. Sorted, as varints of the
    /// differences, they took a third of 84 MB, but sorting every document's thousand or
    /// so values (six counting passes), writing the varints and reading them back were 5 %
    /// of a 1,000-case build's instructions; in 6 bytes a 10,000-case build's peak is
    /// 24 MB higher (about 320 MB of the 400 aimed at). The order was never needed: the
    /// postings come out in document order whatever the order within a document, and the
    /// shards sort their tokens.
    ///
    /// The values are rewritten in place once the postings number the tokens
    /// (`renumber`): the second pass over them reads each token's number instead of
    /// hashing its key again.
    struct DocumentTokens: Sendable {
        static let width = 6
        /// Bytes of 0 after each partition's values, so that every value can be read and
        /// written as the 8 bytes from its first (its top two are 0).
        static let padding = 2
        /// The values, 6 bytes each (least significant first), grouped by partition:
        /// partition p is bytes `parts[p]..<parts[p + 1] - padding`.
        var store = TokenStore(byteCount: 0)
        var parts: [Int32] = []
        var words: [String] = []
        var wordMasks: [UInt8] = []

        /// Calls `body(key, mask)` for each token of partition `p`.
        @inline(__always)
        func forEach(partition p: Int, _ body: (UInt64, UInt32) -> Void) {
            let first = Int(parts[p]), last = Int(parts[p + 1]) - Self.padding
            precondition(store.byteCount >= last + Self.padding)
            let b = UnsafeRawPointer(store.base)
            var i = first
            while i < last {
                let value = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & 0xFFFF_FFFF_FFFF
                i += Self.width
                body(value >> 5, UInt32(value & 31))
            }
        }

        /// Replaces the key of each token of partition `p` by `number(key)` (below 2²²),
        /// keeping its mask: read back by `forEach`, a token then gives its number.
        /// Partitions are disjoint bytes, so threads may renumber different ones at once.
        @inline(__always)
        func renumber(partition p: Int, _ number: (UInt64) -> Int) {
            let first = Int(parts[p]), last = Int(parts[p + 1]) - Self.padding
            precondition(store.byteCount >= last + Self.padding)
            let b = store.base
            var i = first
            while i < last {
                let value = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & 0xFFFF_FFFF_FFFF
                let renumbered = UInt32(truncatingIfNeeded: number(value >> 5)) << 5 | UInt32(value & 31)
                // Six bytes, not eight: the two after them are the next value's.
                b.storeBytes(of: renumbered.littleEndian, toByteOffset: i, as: UInt32.self)
                b.storeBytes(of: 0, toByteOffset: i + 4, as: UInt16.self)
                i += Self.width
            }
        }
    }

    /// A document's token values: memory of its own, not an array, so that the threads
    /// building the postings can each rewrite their partition's values in place
    /// (`DocumentTokens.renumber`) in a value every thread holds.
    final class TokenStore: @unchecked Sendable {
        let base: UnsafeMutableRawPointer
        let byteCount: Int
        init(byteCount: Int) {
            self.byteCount = byteCount
            base = .allocate(byteCount: max(byteCount, 1), alignment: 8)
        }
        deinit { base.deallocate() }
    }

    /// Collects a document's tokens as integers: a Han character is its code point, a pair
    /// `first << 21 | second`.
    struct KeySink: SearchTokenizer.Sink {
        var table = IntTable(capacity: 4096)
        /// Single characters of the BMP (nearly all): `table` holds the pairs and the rest.
        var unigrams = UnigramTable()
        var words: [String: UInt8] = [:]
        var mask: UInt32 = 0
        /// Each value's partition (kept for the next document).
        var owners: [Int32] = []

        @inline(__always)
        mutating func han(_ scalar: UInt32, previous: UInt32) {
            if scalar < 0x10000 { unigrams.or(scalar, mask) } else { table.or(UInt64(scalar), mask) }
            if previous != 0 { table.or(UInt64(previous) << 21 | UInt64(scalar), mask) }
        }

        mutating func endOfHanRun() {}

        /// A word that was not plain ASCII as written (full-width letters, accents): one that
        /// is, lower-cased (`ＩｏＴ` → `iot`), is the number `asciiWord` gives it, or the two
        /// spellings would be two tokens of one string.
        mutating func word(_ word: String) {
            var word = word
            if word.utf8.count <= SearchIndex.shortWordLength,
               let key = word.withUTF8({ SearchIndex.shortWordKey($0, lowercasing: false) }) {
                table.or(key, mask)
            } else {
                words[word, default: 0] |= UInt8(mask)
            }
        }

        /// A word of up to six letters and digits (nearly all of a Chinese text's: years,
        /// figures, GDP, 5G) is a number, kept as the characters and pairs are; a String
        /// made and hashed for each was 900 instructions a word.
        mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>) {
            if bytes.count <= SearchIndex.shortWordLength, let key = SearchIndex.shortWordKey(bytes, lowercasing: true) {
                table.or(key, mask)
            } else {
                word(SearchTokenizer.asciiLowercased(String(decoding: bytes, as: UTF8.self)))
            }
        }

        mutating func add(_ text: String, _ field: SearchField) {
            mask = UInt32(field.rawValue)
            SearchTokenizer.scan(text, into: &self)
        }

        mutating func add(_ text: UTF8Text, _ field: SearchField) {
            mask = UInt32(field.rawValue)
            SearchTokenizer.scan(text, into: &self)
        }

        /// The collected tokens, and the sink emptied for the next document.
        ///
        /// Each partition's run is placed by counting its values first, and written
        /// straight into an array of their size and the partitions' padding.
        mutating func take(partitions: Int) -> DocumentTokens {
            var result = DocumentTokens()
            let slots = table.usedSlots
            let (table, unigrams) = (self.table, self.unigrams)
            let inTable = slots.count, n = inTable + unigrams.count
            if owners.count < n { owners = [Int32](repeating: 0, count: n) }
            var starts = [Int](repeating: 0, count: partitions + 1)
            // Token i's key and fields: the table's tokens, then the single characters.
            @inline(__always) func value(_ i: Int) -> UInt64 {
                guard i < inTable else { return unigrams.key(at: i - inTable) << 5 | UInt64(unigrams.value(at: i - inTable)) }
                return table.key(at: slots[i]) << 5 | UInt64(table.value(at: slots[i]))
            }
            let width = DocumentTokens.width, padding = DocumentTokens.padding
            var parts: [Int32] = []
            // Through buffers: `starts[p + 1] += width` on the array checked its
            // uniqueness for every token, a sixth of this function's instructions.
            result.store = owners.withUnsafeMutableBufferPointer { owners in
                starts.withUnsafeMutableBufferPointer { starts in
                    for i in 0..<n {
                        let p = partitions == 1 ? 0 : SearchIndex.partition(of: value(i) >> 5, partitions)
                        owners[i] = Int32(truncatingIfNeeded: p)
                        starts[p + 1] += width
                    }
                    for p in 0..<partitions { starts[p + 1] += starts[p] + padding }
                    let store = TokenStore(byteCount: starts[partitions])
                    let raw = store.base
                    for p in 1...partitions { raw.storeBytes(of: 0, toByteOffset: starts[p] - padding, as: UInt16.self) }
                    parts = starts.map { Int32($0) }
                    // From here on, `starts[p]` is where partition p's next value goes.
                    for i in 0..<n {
                        let value = value(i)
                        precondition(value >> (8 * UInt64(width)) == 0, "a token value has at most \(8 * width) bits")
                        let p = Int(owners[i])
                        // A partition's values are written in order, each as 8 bytes whose
                        // top two (0) land on the next value or the partition's padding.
                        raw.storeBytes(of: value.littleEndian, toByteOffset: starts[p], as: UInt64.self)
                        starts[p] += width
                    }
                    return store
                }
            }
            result.parts = parts
            // In any order: the postings number the words as they come, and the shards
            // sort their tokens.
            result.words.reserveCapacity(words.count)
            result.wordMasks.reserveCapacity(words.count)
            for (word, fields) in words {
                result.words.append(word)
                result.wordMasks.append(fields)
            }
            table.removeAll()
            unigrams.removeAll()
            words.removeAll(keepingCapacity: true)
            return result
        }
    }

    /// The longest word kept as a number: six characters of 36, 6 bits each, above the
    /// pairs' keys (below 2³⁹) and within `IntTable`'s 42 bits.
    static let shortWordLength = 6

    /// `1 << 41 | the word's characters`, each 1…10 for a digit and 11…36 for a letter,
    /// the first in the lowest bits; nil if the word has a byte other than an ASCII letter
    /// or digit (or, without `lowercasing`, an upper-case letter).
    @inline(__always)
    static func shortWordKey(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64? {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for b in bytes {
            let code: UInt8
            if b &- 0x30 < 10 {
                code = b - 0x30 + 1
            } else {
                let letter = lowercasing ? b | 0x20 : b
                guard letter &- 0x61 < 26 else { return nil }
                code = letter - 0x61 + 11
            }
            key |= UInt64(code) << shift
            shift += 6
        }
        return 1 << 41 | key
    }

    /// The word of a `shortWordKey`, appended as UTF-8, and its `TokenHash`.
    @inline(__always)
    static func appendShortWord(_ key: UInt64, to out: inout [UInt8], hash h: inout UInt32) {
        var rest = key & ((1 << 41) - 1)
        while rest != 0 {
            let code = UInt8(rest & 63)
            let byte = code <= 10 ? 0x30 + code - 1 : 0x61 + code - 11
            out.append(byte)
            h = TokenHash.add(h, UInt32(byte))
            rest >>= 6
        }
    }

    static func tokens(of document: SearchDocument, sink: inout KeySink, partitions: Int) -> DocumentTokens {
        sink.add(document.title, .title)
        for tag in document.tags { sink.add(tag, .tags) }
        sink.add(document.organization, .organization)
        sink.add(document.summary, .summary)
        sink.add(document.text, .body)
        return sink.take(partitions: partitions)
    }

    /// Runs `body(chunk)` for `count` chunks on all cores.
    static func parallel(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if count <= 1 {
            for i in 0..<count { body(i) }
        } else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
    }

    /// A buffer several threads write disjoint elements of.
    ///
    /// The storage is allocated once: writing through `Array.withUnsafeMutableBufferPointer`
    /// from several threads is a race (the array is a mutable property accessed at once),
    /// which lost writes under load.
    final class SharedSlots<T>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<T?>
        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }
        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
        func set(_ i: Int, _ value: T) { storage[i] = value }
        var items: [T?] {
            get { Array(storage) }
        }
    }

}
