/// The values a render makes as it goes (a transform's result, an item of a lazy list, a
/// value read out of a dictionary, the list position), kept at addresses that stay put
/// until they are let go, last made first: the engine passes values by address
/// (`RenderSession`), so that reading a value already in the page's values copies nothing.
///
/// Made in blocks that are never moved: a growing array would move the values whose
/// addresses the open sections hold.
///
/// One render uses it, on one thread, and never while it is in `keep` or `release`: the
/// run-time checks of exclusive access, a call at each use of `count`, are left out.
final class TemporaryValues {
    @exclusivity(unchecked) private var blocks: [UnsafeMutablePointer<Any>] = []
    private static let blockSize = 64
    /// How many values are held: the mark to come back to with `release(to:)`.
    @exclusivity(unchecked) private(set) var count = 0

    /// `value`, kept until `release(to:)` a mark at or below the one before it.
    func keep(_ value: consuming Any) -> UnsafePointer<Any> {
        let block = count / Self.blockSize
        if block == blocks.count { blocks.append(.allocate(capacity: Self.blockSize)) }
        let address = blocks[block] + count % Self.blockSize
        address.initialize(to: value)
        count += 1
        return UnsafePointer(address)
    }

    /// Lets go the values kept since `mark` (a `count` read before them).
    func release(to mark: Int) {
        while count > mark {
            count -= 1
            (blocks[count / Self.blockSize] + count % Self.blockSize).deinitialize(count: 1)
        }
    }

    deinit {
        release(to: 0)
        for block in blocks { block.deallocate() }
    }
}
