import Dispatch
import Foundation

/// Turning documents into token keys, in parallel partitions.
extension SearchIndex {
    // MARK: - Tokenising

    /// The distinct tokens of one document with the fields they occur in.
    struct DocumentTokens: Sendable {
        /// `key << 5 | mask`, grouped by partition: partition p is `parts[p]..<parts[p + 1]`.
        var keys: [UInt64] = []
        var parts: [Int32] = []
        var words: [String] = []
        var wordMasks: [UInt8] = []
    }

    /// Collects a document's tokens as integers: a Han character is its code point, a pair
    /// `first << 21 | second`.
    struct KeySink: SearchTokenizer.Sink {
        var table = IntTable(capacity: 4096)
        var words: [String: UInt8] = [:]
        var mask: UInt32 = 0

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
        mutating func take(partitions: Int) -> DocumentTokens {
            var result = DocumentTokens()
            result.keys.reserveCapacity(table.count)
            result.parts.reserveCapacity(partitions + 1)
            for p in 0..<partitions {
                result.parts.append(Int32(result.keys.count))
                for slot in table.usedSlots {
                    let key = table.key(at: slot)
                    if partitions == 1 || SearchIndex.partition(of: key, partitions) == p {
                        result.keys.append(key << 5 | UInt64(table.value(at: slot)))
                    }
                }
            }
            result.parts.append(Int32(result.keys.count))
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
