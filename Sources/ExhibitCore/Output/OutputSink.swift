import Foundation

/// Where a build's files go: a staging folder on disk for `build`, memory for tests and
/// `check`. Paths are relative to the output root, with `/` separators.
public protocol OutputSink: Sendable {
    func write(_ data: Data, to path: String) throws
    /// A rendered page, as the template engine made it: written without a copy to `Data`.
    func write(bytes: [UInt8], to path: String) throws
    /// A page written as it is rendered: `produce` gives its bytes to `emit` in pieces.
    func stream(to path: String, _ produce: (_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws
    /// Copies a file from the site; a sink in memory reads it.
    func copy(from source: URL, to path: String) throws
    /// Puts a file that nothing changes in place (a photo's variant in the image cache)
    /// into the output: a disk sink links it rather than copying its bytes.
    func place(_ source: URL, at path: String) throws
}

extension OutputSink {
    public func write(bytes: [UInt8], to path: String) throws {
        try write(Data(bytes), to: path)
    }

    public func stream(to path: String, _ produce: (_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        var whole: [UInt8] = []
        try produce { whole.append(contentsOf: $0) }
        try write(bytes: whole, to: path)
    }

    /// `stream(to:)` for a producer that cannot throw (a template, a data download): once a
    /// piece fails to be written the rest are not, and the failure is thrown when `produce`
    /// returns. Gives the time spent in `produce` apart from writing, and writing; opening
    /// and closing the file are neither.
    func stream(to path: String, measuring produce: (_ write: (UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws
        -> (making: Duration, writing: Duration) {
        var making = Duration.zero, writing = Duration.zero
        try stream(to: path) { emit in
            var failure: (any Error)?
            let begun = ContinuousClock.now
            // `emit` and `produce` are both non-escaping; one is called inside the other.
            withoutActuallyEscaping(emit) { emit in
                produce { piece in
                    guard failure == nil else { return }
                    let before = ContinuousClock.now
                    do { try emit(piece) } catch { failure = error }
                    writing += ContinuousClock.now - before
                }
            }
            making = ContinuousClock.now - begun - writing
            if let failure { throw failure }
        }
        return (making, writing)
    }

    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public func place(_ source: URL, at path: String) throws {
        try copy(from: source, to: path)
    }
}
