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
/// operations per tag instead, in one pass that stops looking at a class once the classes
/// before it hold three cases (`best`).
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
            var scratch = Scratch()
            tagSets.withUnsafeBufferPointer { tagSets in
                categorySets.withUnsafeBufferPointer { categorySets in
                    for i in wanted[(part * chunk)..<min(count, (part + 1) * chunk)] {
                        // The case's tags as terms, each once.
                        var seen = Set<Int>()
                        let own = cases[i].tags.compactMap { termOfTag[TermName($0)] }.filter { seen.insert($0).inserted }
                        guard !own.isEmpty else { result.append([]); continue }
                        let same = UnsafeBufferPointer(rebasing: categorySets[(category[i] * words)..<((category[i] + 1) * words)])
                        result.append(best(of: i, tags: own, words: words, tagSets: tagSets, sameCategory: same, scratch: &scratch))
                    }
                }
            }
            return result
        }
        return parts.flatMap { $0 }
    }

    /// The best three for case `i`, whose tags are `tags` (term numbers).
    ///
    /// One pass over the cases, 64 at a time, newest first: the tags' words are added into
    /// bit-sliced counts held for that word only, and each class's first three cases are
    /// kept. A class can still place a case among the best three only while the classes
    /// before it hold fewer than three: once they hold three, the classes from there on
    /// are no longer looked at, and once every case still wanted must share all the tags
    /// or all but one, a word is the AND of the tags' words and the cases that lack one,
    /// without counting. On the benchmark's tags (2 to 4 of 61 a case) that is nearly every
    /// word. The earlier version added every tag into
    /// counters for all the cases and then read the counters once for each class it
    /// needed, which cost more than the rest of `resolve` together at 50,000 cases.
    private static func best(of i: Int, tags: [Int], words: Int, tagSets: UnsafeBufferPointer<UInt64>,
                             sameCategory: UnsafeBufferPointer<UInt64>, scratch: inout Scratch) -> [Int] {
        let m = tags.count
        // Bits of a count of up to m shared tags.
        let slices = UInt64.bitWidth - m.leadingZeroBitCount
        // Class r: m - r/2 shared tags, the same category when r is even.
        let classes = 2 * m
        scratch.reset(classes: classes, slices: slices)
        // Only the classes below `limit` can still place a case among the best three.
        var limit = classes
        let own = (word: i >> 6, bit: UInt64(1) << UInt64(i & 63))
        return scratch.hits.withUnsafeMutableBufferPointer { hits in
            scratch.counts.withUnsafeMutableBufferPointer { counts in
                scratch.slice.withUnsafeMutableBufferPointer { slice in
                    tags.withUnsafeBufferPointer { tags in
                        /// Keeps the first cases of class r in `mask` (bit b: case base + b),
                        /// up to three, and says whether any was kept.
                        @inline(__always)
                        func keep(_ mask: UInt64, class r: Int, base: Int) -> Bool {
                            var mask = mask, kept = false
                            while mask != 0 && counts[r] < 3 {
                                hits[r * 3 + counts[r]] = base + mask.trailingZeroBitCount
                                counts[r] += 1
                                kept = true
                                mask &= mask - 1
                            }
                            return kept
                        }
                        /// Keeps the cases of `exact` (those sharing m - level tags) in the
                        /// level's two classes, as far as they are below `limit`.
                        @inline(__always)
                        func keep(_ exact: UInt64, level: Int, word w: Int) -> Bool {
                            guard exact != 0 else { return false }
                            let r = 2 * level
                            let same = r < limit && keep(exact & sameCategory[w], class: r, base: w * 64)
                            let other = r + 1 < limit && keep(exact & ~sameCategory[w], class: r + 1, base: w * 64)
                            return same || other
                        }
                        for w in 0..<words {
                            let others = w == own.word ? ~own.bit : ~UInt64(0)
                            var kept = false
                            if limit <= 4 {
                                // Every tag shared, or all but one (the classes 0 to 3): without
                                // counting. `one`: the cases that lack exactly one of the tags so
                                // far, needed only while the classes 2 and 3 are.
                                var all = others, one: UInt64 = 0
                                let lackingOne = limit > 2
                                for t in tags where all | one != 0 {
                                    let x = tagSets[t * words + w]
                                    if lackingOne { one = (one & x) | (all & ~x) }
                                    all &= x
                                }
                                kept = keep(all, level: 0, word: w)
                                if keep(one, level: 1, word: w) { kept = true }
                            } else {
                                for b in 0..<slices { slice[b] = 0 }
                                for t in tags {
                                    var carry = tagSets[t * words + w]
                                    var b = 0
                                    while carry != 0 && b < slices {
                                        let next = slice[b] & carry
                                        slice[b] ^= carry
                                        carry = next
                                        b += 1
                                    }
                                }
                                for level in 0..<(limit + 1) / 2 {
                                    let shared = m - level
                                    var exact = others
                                    for b in 0..<slices { exact &= (shared >> b) & 1 == 1 ? slice[b] : ~slice[b] }
                                    if keep(exact, level: level, word: w) { kept = true }
                                }
                            }
                            guard kept else { continue }
                            var total = 0
                            for r in 0..<limit {
                                total += counts[r]
                                if total >= 3 { limit = r; break }
                            }
                            if limit == 0 { break }
                        }
                        var found: [Int] = []
                        found.reserveCapacity(3)
                        for r in 0..<classes {
                            for k in 0..<counts[r] where found.count < 3 { found.append(hits[r * 3 + k]) }
                        }
                        return found
                    }
                }
            }
        }
    }

    /// What `best` keeps for one case, made once for each part of the cases.
    struct Scratch {
        /// Up to three cases of each class, and how many.
        var hits: [Int] = []
        var counts: [Int] = []
        /// One word's counts of shared tags, bit-sliced.
        var slice: [UInt64] = []

        mutating func reset(classes: Int, slices: Int) {
            counts.removeAll(keepingCapacity: true)
            counts.append(contentsOf: repeatElement(0, count: classes))
            if hits.count < classes * 3 { hits = Array(repeating: 0, count: classes * 3) }
            if slice.count < slices { slice = Array(repeating: 0, count: slices) }
        }
    }
}
