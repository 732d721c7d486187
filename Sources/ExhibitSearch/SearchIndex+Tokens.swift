import Dispatch
import Foundation

/// Turning documents into token keys, in parallel partitions.
extension SearchIndex {
    // MARK: - Tokenising

    /// The distinct tokens of one document with the fields they occur in.
    ///
    /// Every document's tokens are held until the postings are made. As 64-bit
    /// `key << 5 | mask` values they were 8 MB at 1,000 cases and 84 MB at 10,000, the
    /// largest single part of a build's peak memory; each partition's values are kept
    /// sorted, as LEB128 varints of the differences, about a third of that.
    struct DocumentTokens: Sendable {
        /// The varints, grouped by partition: partition p is `parts[p]..<parts[p + 1]`.
        var bytes: [UInt8] = []
        var parts: [Int32] = []
        var words: [String] = []
        var wordMasks: [UInt8] = []

        /// Calls `body(key, mask)` for each token of partition `p`, in increasing order.
        @inline(__always)
        func forEach(partition p: Int, _ body: (UInt64, UInt32) -> Void) {
            let first = Int(parts[p]), last = Int(parts[p + 1])
            bytes.withUnsafeBufferPointer { b in
                var i = first
                var value: UInt64 = 0
                while i < last {
                    var delta: UInt64 = 0
                    var shift: UInt64 = 0
                    while true {
                        let byte = b[i]
                        i += 1
                        delta |= UInt64(byte & 0x7F) << shift
                        if byte < 0x80 { break }
                        shift += 7
                    }
                    value &+= delta
                    body(value >> 5, UInt32(value & 31))
                }
            }
        }
    }

    /// Collects a document's tokens as integers: a Han character is its code point, a pair
    /// `first << 21 | second`.
    struct KeySink: SearchTokenizer.Sink {
        var table = IntTable(capacity: 4096)
        var words: [String: UInt8] = [:]
        var mask: UInt32 = 0
        /// The values of all partitions, each partition's run after the one before, while
        /// they are sorted; each value's partition; and the varints of all, before they are
        /// copied into an array of their exact size (all kept for the next document).
        var values: [UInt64] = []
        var owners: [Int32] = []
        var sorter = KeySort()
        var varints: [UInt8] = []

        @inline(__always)
        mutating func han(_ scalar: UInt32, previous: UInt32) {
            table.or(UInt64(scalar), mask)
            if previous != 0 { table.or(UInt64(previous) << 21 | UInt64(scalar), mask) }
        }

        mutating func endOfHanRun() {}

        /// Tokens already sent stay: they are tokens of the normalised text too.
        mutating func restart() {}

        mutating func word(_ word: String) { words[word, default: 0] |= UInt8(mask) }

        mutating func add(_ text: String, _ field: SearchField) {
            mask = UInt32(field.rawValue)
            SearchTokenizer.scan(text, into: &self)
        }

        /// The collected tokens, and the sink emptied for the next document.
        ///
        /// Through buffers, with each partition's run placed by counting its values first:
        /// an array per partition, appended to value by value, checked both arrays for
        /// uniqueness at every value, and the varints were appended a byte at a time (the
        /// two were 2 % of a 1,000-case build's instructions, as much as sorting).
        mutating func take(partitions: Int) -> DocumentTokens {
            var result = DocumentTokens()
            let slots = table.usedSlots
            let n = slots.count
            // The buffers are taken out of the sink while they are written (and put back
            // after), so that sorting can go on using the sink's sorter.
            var values = self.values, owners = self.owners, varints = self.varints
            self.values = []; self.owners = []; self.varints = []
            defer { self.values = values; self.owners = owners; self.varints = varints }
            if values.count < 2 * n { values = [UInt64](repeating: 0, count: 2 * n) }
            if owners.count < n { owners = [Int32](repeating: 0, count: n) }
            // A varint of a value under 2⁴⁸ has at most 7 bytes.
            if varints.count < 7 * n { varints = [UInt8](repeating: 0, count: 7 * n) }
            var starts = [Int](repeating: 0, count: partitions + 1)
            let table = self.table
            let used = values.withUnsafeMutableBufferPointer { all in
                owners.withUnsafeMutableBufferPointer { owners in
                    varints.withUnsafeMutableBufferPointer { varints in
                        // The values as the table holds them, then dealt to their runs.
                        let unsorted = UnsafeMutableBufferPointer(rebasing: all[n..<(2 * n)])
                        for i in 0..<n {
                            let slot = slots[i]
                            let key = table.key(at: slot)
                            let p = partitions == 1 ? 0 : SearchIndex.partition(of: key, partitions)
                            unsorted[i] = key << 5 | UInt64(table.value(at: slot))
                            owners[i] = Int32(truncatingIfNeeded: p)
                            starts[p + 1] += 1
                        }
                        for p in 0..<partitions { starts[p + 1] += starts[p] }
                        var next = starts
                        for i in 0..<n {
                            let p = Int(owners[i])
                            all[next[p]] = unsorted[i]
                            next[p] += 1
                        }
                        var count = 0
                        for p in 0..<partitions {
                            result.parts.append(Int32(count))
                            let run = UnsafeMutableBufferPointer(rebasing: all[starts[p]..<starts[p + 1]])
                            self.sorter.sort(run)
                            var previous: UInt64 = 0
                            for value in run {
                                var delta = value - previous
                                previous = value
                                while delta >= 0x80 {
                                    varints[count] = UInt8(delta & 0x7F) | 0x80
                                    count += 1
                                    delta >>= 7
                                }
                                varints[count] = UInt8(delta)
                                count += 1
                            }
                        }
                        result.parts.append(Int32(count))
                        return count
                    }
                }
            }
            result.bytes = varints.withUnsafeBufferPointer { source in
                [UInt8](unsafeUninitializedCapacity: used) { buffer, count in
                    _ = buffer.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: source[0..<used]))
                    count = used
                }
            }
            for word in words.keys.sorted() {
                result.words.append(word)
                result.wordMasks.append(words[word]!)
            }
            table.removeAll()
            words.removeAll(keepingCapacity: true)
            return result
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
