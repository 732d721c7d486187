@testable import ExhibitTemplates
import Testing

/// `OutputBuffer` (the engine's page bytes, appended with `memcpy`) holds what an array
/// given the same appends, insertions and emptyings holds, across every growth of its room.
@Suite struct OutputBufferTests {
    @Test func holdsWhatAnArrayHolds() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D  // the same steps on every run
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let pieces: [[UInt8]] = [[], [0x61], Array("中文".utf8), Array(repeating: 0x7A, count: 100), Array(repeating: 0x0A, count: 5000)]
        for round in 0..<200 {
            let buffer = OutputBuffer(capacity: round % 3 == 0 ? 1 : 64)
            defer { buffer.deallocate() }
            var model: [UInt8] = []
            for _ in 0..<next(60) {
                let piece = pieces[next(pieces.count)]
                switch next(10) {
                case 0:
                    let at = next(model.count + 1)
                    piece.withUnsafeBufferPointer { buffer.insert($0, at: at) }
                    model.insert(contentsOf: piece, at: at)
                case 1:
                    buffer.removeAll()
                    model.removeAll()
                case 2:
                    buffer.append("&amp;")
                    model += Array("&amp;".utf8)
                default:
                    piece.withUnsafeBufferPointer { buffer.append($0) }
                    model += piece
                }
                #expect(buffer.count == model.count)
            }
            #expect(buffer.bytes == model)
            if let last = model.last { #expect(buffer[model.count - 1] == last) }
        }
    }
}
