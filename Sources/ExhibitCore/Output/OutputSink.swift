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

    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public func place(_ source: URL, at path: String) throws {
        try copy(from: source, to: path)
    }
}
