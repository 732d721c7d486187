import ExhibitText
/// Up to three related cases for each case: most shared tags, then the same category,
/// then the newer one.
///
/// Candidates come from the tag index rather than from every pair, scores live in one
/// reused array per thread rather than a dictionary, and only the best three are kept
/// rather than sorting every candidate: at 10,000 cases the dictionary-and-sort version
/// took seconds. The index is flat (one array of members, one of offsets) and the inner
/// loop runs over raw buffers: with an array per tag, reference counting in that loop was
/// most of its time.
enum RelatedCases {
    /// The lists of the cases `only` (in that order), or of every case when nil; each
    /// list holds case indices, best first.
    static func compute(_ cases: [Case], tags: [Term], threads: Int = 2, only: [Int]? = nil) -> [[Int]] {
        let n = cases.count
        let wanted = only ?? Array(0..<n)
        guard n > 1 else { return Array(repeating: [], count: wanted.count) }
        var termIndex: [TermName: Int] = [:]
        for (t, term) in tags.enumerated() { termIndex[TermName(term.name)] = t }
        var offsets: [Int] = [0]
        var flat: [Int32] = []
        for term in tags {
            flat.append(contentsOf: term.cases.lazy.map { Int32($0) })
            offsets.append(flat.count)
        }
        let termOfTag = termIndex, starts = offsets, members = flat
        var categoryNumbers: [String: Int32] = [:]
        let category = cases.map { c in
            if let known = categoryNumbers[c.category] { return known }
            let number = Int32(categoryNumbers.count)
            categoryNumbers[c.category] = number
            return number
        }
        let count = wanted.count
        let chunk = max(64, (count + threads * 4 - 1) / (threads * 4))
        let chunks = (count + chunk - 1) / chunk
        let parts = parallelMap(chunks, threads: threads) { part -> [[Int]] in
            var score = [Int32](repeating: 0, count: n)
            var touched: [Int32] = []
            var best: [(score: Int32, index: Int)] = []
            var result: [[Int]] = []
            starts.withUnsafeBufferPointer { starts in
            members.withUnsafeBufferPointer { members in
            category.withUnsafeBufferPointer { category in
            score.withUnsafeMutableBufferPointer { score in
                for i in wanted[(part * chunk)..<min(count, (part + 1) * chunk)] {
                    for tag in cases[i].tags {
                        guard let t = termOfTag[TermName(tag)] else { continue }
                        for k in starts[t]..<starts[t + 1] {
                            let j = Int(members[k])
                            if j == i { continue }
                            if score[j] == 0 { touched.append(Int32(j)) }
                            score[j] += 10
                        }
                    }
                    best.removeAll(keepingCapacity: true)
                    for j32 in touched {
                        let j = Int(j32)
                        var value = score[j]
                        if category[j] == category[i] { value += 1 }
                        score[j] = 0
                        // Ties go to the newer case (the smaller index).
                        if best.count == 3, (value, -j) <= (best[2].score, -best[2].index) { continue }
                        best.append((value, j))
                        best.sort { ($0.score, -$0.index) > ($1.score, -$1.index) }
                        if best.count > 3 { best.removeLast() }
                    }
                    touched.removeAll(keepingCapacity: true)
                    result.append(best.map(\.index))
                }
            }
            }
            }
            }
            return result
        }
        return parts.flatMap { $0 }
    }
}
