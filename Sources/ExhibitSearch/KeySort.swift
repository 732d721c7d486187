/// Sorts a document's token values (`key << 5 | mask`, each under 2⁴⁸: a key is at most
/// two 21-bit code points) by their bytes, least significant first.
///
/// Written by hand because the standard library's sort is a comparison sort: for the
/// thousand or so values of a document it was 2.8 % of a 10,000-case build's CPU, and six
/// counting passes over bytes (fewer when all values share a byte, as the top ones of a
/// document without pairs do) take a third of that. Small arrays go to the standard sort.
struct KeySort {
    static let bytes = 6
    /// Working space kept for the next document: the values between passes, and one
    /// count per byte value and byte position.
    private var scratch: [UInt64] = []
    private var counts = [Int](repeating: 0, count: 256 * KeySort.bytes)

    /// Sorts `values` in place.
    mutating func sort(_ values: inout [UInt64]) {
        values.withUnsafeMutableBufferPointer { sort($0) }
    }

    /// Sorts the values in `values` in place.
    mutating func sort(_ values: UnsafeMutableBufferPointer<UInt64>) {
        let n = values.count
        guard n > 64 else { var values = values; values.sort(); return }
        if scratch.count < n { scratch = [UInt64](repeating: 0, count: n) }
        let bytes = Self.bytes
        var inScratch = false
        scratch.withUnsafeMutableBufferPointer { scratch in
            counts.withUnsafeMutableBufferPointer { counts in
                _ = counts.update(repeating: 0)
                for value in values {
                    precondition(value >> (8 * bytes) == 0, "a token value has at most \(8 * bytes) bits")
                    for b in 0..<bytes { counts[b << 8 | Int(truncatingIfNeeded: value >> (8 * b)) & 0xFF] += 1 }
                }
                for b in 0..<bytes {
                    let shift = UInt64(8 * b), base = b << 8
                    let from = inScratch ? scratch : values, to = inScratch ? values : scratch
                    // Every value has the same byte here: this pass would change nothing.
                    if counts[base | Int(truncatingIfNeeded: from[0] >> shift) & 0xFF] == n { continue }
                    var start = 0
                    for digit in 0..<256 {
                        let count = counts[base | digit]
                        counts[base | digit] = start
                        start += count
                    }
                    for i in 0..<n {
                        let value = from[i]
                        let slot = base | Int(truncatingIfNeeded: value >> shift) & 0xFF
                        to[counts[slot]] = value
                        counts[slot] += 1
                    }
                    inScratch.toggle()
                }
                if inScratch { _ = UnsafeMutableBufferPointer(rebasing: values[0..<n]).update(fromContentsOf: scratch[0..<n]) }
            }
        }
    }
}
