import ExhibitText
/// Up to three related cases for each case: most shared tags, then the same category,
/// then the newer one.
///
/// Each tag and each category is a bitset over the cases (bit j: case j has it). For a
/// case with m tags, adding its tags' bitsets into bit-sliced counters counts, 64 cases
/// at a time, how many tags every other case shares with it; the best three are then the
/// first cases met, newest first, in the classes m shared tags and the same category, m
/// and another category, m − 1 and the same category, and so on. The earlier version
/// added a score for every member of every tag of the case, which grew with the square of
/// the site when tags are shared widely (50,000 cases: 1.6 s); this one does n/64 word
/// operations per tag and class instead.
enum RelatedCases {
    /// The lists of the cases `only` (in that order), or of every case when nil; each
    /// list holds case indices, best first.
    static func compute(_ cases: [Case], tags: [Term], threads: Int = 2, only: [Int]? = nil) -> [[Int]] {
        let n = cases.count
        let wanted = only ?? Array(0..<n)
        guard n > 1 else { return Array(repeating: [], count: wanted.count) }
        let words = (n + 63) / 64
        var termIndex: [TermName: Int] = [:]
        var tagBits = [UInt64](repeating: 0, count: tags.count * words)
        for (t, term) in tags.enumerated() {
            termIndex[TermName(term.name)] = t
            for j in term.cases { tagBits[t * words + j >> 6] |= 1 << UInt64(j & 63) }
        }
        var categoryNumbers: [String: Int] = [:]
        let category = cases.map { c in
            if let known = categoryNumbers[c.category] { return known }
            let number = categoryNumbers.count
            categoryNumbers[c.category] = number
            return number
        }
        var categoryBits = [UInt64](repeating: 0, count: categoryNumbers.count * words)
        for (j, c) in category.enumerated() { categoryBits[c * words + j >> 6] |= 1 << UInt64(j & 63) }
        let termOfTag = termIndex, tagSets = tagBits, categorySets = categoryBits

        let count = wanted.count
        let chunk = max(64, (count + threads * 4 - 1) / (threads * 4))
        let chunks = (count + chunk - 1) / chunk
        let parts = parallelMap(chunks, threads: threads) { part -> [[Int]] in
            var result: [[Int]] = []
            var counters: [UInt64] = []
            for i in wanted[(part * chunk)..<min(count, (part + 1) * chunk)] {
                // The case's tags as terms, each once.
                var seen = Set<Int>()
                let own = cases[i].tags.compactMap { termOfTag[TermName($0)] }.filter { seen.insert($0).inserted }
                guard !own.isEmpty else { result.append([]); continue }
                result.append(best(of: i, tags: own, words: words, tagSets: tagSets,
                                   sameCategory: categorySets[(category[i] * words)..<((category[i] + 1) * words)],
                                   counters: &counters))
            }
            return result
        }
        return parts.flatMap { $0 }
    }

    /// The best three for case `i`, whose tags are `tags` (term numbers).
    private static func best(of i: Int, tags: [Int], words: Int, tagSets: [UInt64], sameCategory: ArraySlice<UInt64>,
                             counters: inout [UInt64]) -> [Int] {
        let m = tags.count
        // Bits of a count of up to m shared tags.
        let slices = UInt64.bitWidth - m.leadingZeroBitCount
        counters.removeAll(keepingCapacity: true)
        counters.append(contentsOf: repeatElement(0, count: words * slices))
        // Raw buffers in the loops: with array subscripts, bounds checks and uniqueness
        // checks were most of their time.
        return counters.withUnsafeMutableBufferPointer { counters in
            tagSets.withUnsafeBufferPointer { tagSets in
                sameCategory.withUnsafeBufferPointer { same in
                    for t in tags {
                        let base = t * words
                        for w in 0..<words {
                            var carry = tagSets[base + w]
                            var b = 0
                            while carry != 0 && b < slices {
                                let next = counters[w * slices + b] & carry
                                counters[w * slices + b] ^= carry
                                carry = next
                                b += 1
                            }
                        }
                    }
                    // Case i shares all its tags with itself: it is left out.
                    let own = (word: i >> 6, bit: UInt64(1) << UInt64(i & 63))
                    var found: [Int] = []
                    found.reserveCapacity(3)
                    for shared in stride(from: m, through: 1, by: -1) {
                        // 0: the same category as case i, 1: another.
                        for sameClass in 0..<2 {
                            for w in 0..<words {
                                var mask = ~UInt64(0)
                                for b in 0..<slices {
                                    let bits = counters[w * slices + b]
                                    mask &= (shared >> b) & 1 == 1 ? bits : ~bits
                                }
                                mask &= sameClass == 0 ? same[w] : ~same[w]
                                if w == own.word { mask &= ~own.bit }
                                while mask != 0 {
                                    found.append(w * 64 + mask.trailingZeroBitCount)
                                    if found.count == 3 { return found }
                                    mask &= mask - 1
                                }
                            }
                        }
                    }
                    return found
                }
            }
        }
    }
}
