#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a page as the engine writes them, appended with `memcpy`.
///
/// By hand instead of an `[UInt8]`: a page is written in hundreds of short pieces (the
/// template's text between two tags, a title, a link), and `Array.append(contentsOf:)`
/// checked the array's ownership and room through the generic sequence path for each,
/// about 90 instructions a piece before the copy: 600,000 pieces, 2 % of a 1,000-case
/// build's instructions. A pointer to its state, not a class: as a class it was retained
/// and released around most appends (2 % more of the build's reference counting), and a
/// class's stored `var` costs an exclusivity check on every call. Whoever makes one
/// deallocates it (`RenderSession`'s buffer, when `Theme.renderStream` is done); a copy
/// is the same buffer.
struct OutputBuffer {
    private struct State {
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int
    }

    private let state: UnsafeMutablePointer<State>

    init(capacity: Int) {
        let capacity = max(capacity, 64)
        state = .allocate(capacity: 1)
        state.initialize(to: State(base: .allocate(capacity: capacity), count: 0, capacity: capacity))
    }

    /// Frees the bytes; the buffer and its copies are not to be used after.
    func deallocate() {
        state.pointee.base.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var count: Int { state.pointee.count }

    subscript(_ i: Int) -> UInt8 {
        precondition(i >= 0 && i < state.pointee.count)
        return state.pointee.base[i]
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let n = bytes.count
        if state.pointee.capacity - state.pointee.count < n { grow(to: state.pointee.count + n) }
        memcpy(state.pointee.base + state.pointee.count, source, n)
        state.pointee.count += n
    }

    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `bytes` put in at offset `at`, the bytes after it moved along.
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, at: Int) {
        precondition(at >= 0 && at <= state.pointee.count)
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let n = bytes.count
        if state.pointee.capacity - state.pointee.count < n { grow(to: state.pointee.count + n) }
        let base = state.pointee.base
        memmove(base + at + n, base + at, state.pointee.count - at)
        memcpy(base + at, source, n)
        state.pointee.count += n
    }

    /// Empty, keeping the room.
    func removeAll() {
        state.pointee.count = 0
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: state.pointee.base, count: state.pointee.count))
    }

    var bytes: [UInt8] { withBytes { Array($0) } }

    /// Room for `minimum` bytes at least, doubling: appends stay linear.
    private func grow(to minimum: Int) {
        let capacity = max(minimum, state.pointee.capacity * 2)
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        memcpy(base, state.pointee.base, state.pointee.count)
        state.pointee.base.deallocate()
        state.pointee.base = base
        state.pointee.capacity = capacity
    }
}
