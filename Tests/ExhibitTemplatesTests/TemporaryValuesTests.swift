@testable import ExhibitTemplates
import Testing

/// The values a render makes as it goes stay where they were put until let go, last
/// made first, and each is destroyed exactly once.
@Suite struct TemporaryValuesTests {
    final class Counted {
        let number: Int
        let destroyed: (Int) -> Void
        init(_ number: Int, destroyed: @escaping (Int) -> Void) {
            self.number = number
            self.destroyed = destroyed
        }
        deinit { destroyed(number) }
    }

    @Test func valuesStayPutUntilLetGoLastFirst() {
        var destroyed: [Int] = []
        do {
            let temporaries = TemporaryValues()
            // Past one block of 64, so that a new block must not move the earlier values.
            let first = (0..<100).map { temporaries.keep(Counted($0) { destroyed.append($0) }) }
            #expect(temporaries.count == 100)
            #expect(first.enumerated().allSatisfy { ($1.pointee as! Counted).number == $0 })
            temporaries.release(to: 70)
            #expect(destroyed == Array((70..<100).reversed()))
            #expect(first[69].pointee as? Counted != nil)
            // The freed places are used again.
            let again = temporaries.keep(Counted(1000) { destroyed.append($0) })
            #expect(again == first[70])
            #expect((again.pointee as! Counted).number == 1000)
        }
        // The session's end lets go the rest.
        #expect(destroyed.count == 101)
        #expect(Set(destroyed) == Set(0..<100).union([1000]))
    }
}
