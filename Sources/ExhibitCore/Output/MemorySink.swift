import Foundation
import Synchronization

/// Keeps a build's files in memory: for `check`, which writes nothing, and for tests.
public final class MemorySink: OutputSink {
    private let storage = Mutex<[String: Data]>([:])

    public init() {}

    public func write(_ data: Data, to path: String) throws {
        storage.withLock { $0[path] = data }
    }

    public func copy(from source: URL, to path: String) throws {
        let data = try Data(contentsOf: source)
        storage.withLock { $0[path] = data }
    }

    public var files: [String: Data] { storage.withLock { $0 } }

    public func text(_ path: String) -> String? {
        storage.withLock { $0[path] }.map { String(decoding: $0, as: UTF8.self) }
    }
}
