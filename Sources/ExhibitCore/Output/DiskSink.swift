import Foundation
import Synchronization

/// Writes into a folder, creating subfolders as needed. Refuses any path that would
/// leave the folder, whatever a slug or file name says.
public final class DiskSink: OutputSink {
    public let root: URL
    private let madeDirectories = Mutex<Set<String>>([])
    private let written = Atomic<Int>(0)

    public init(root: URL) {
        self.root = root
    }

    public var fileCount: Int { written.load(ordering: .relaxed) }

    public func write(_ data: Data, to path: String) throws {
        let url = try target(path)
        try data.write(to: url)
        written.add(1, ordering: .relaxed)
    }

    public func copy(from source: URL, to path: String) throws {
        let url = try target(path)
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        // `copyItem` copies a symbolic link as a link, which would point outside the
        // output (or nowhere) once published: copy the bytes of the file it leads to.
        try FileManager.default.copyItem(at: source.resolvingSymlinksInPath(), to: url)
        written.add(1, ordering: .relaxed)
    }

    private func target(_ path: String) throws -> URL {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else {
            throw OutputError.outsideOutput(path)
        }
        let url = root.appendingPathComponent(parts.joined(separator: "/"))
        let directory = parts.dropLast().joined(separator: "/")
        if !directory.isEmpty, madeDirectories.withLock({ !$0.contains(directory) }) {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(directory), withIntermediateDirectories: true)
            madeDirectories.withLock { _ = $0.insert(directory) }
        }
        return url
    }
}

public enum OutputError: Error, CustomStringConvertible {
    case outsideOutput(String)
    public var description: String {
        switch self {
        case .outsideOutput(let path): return "refused to write `\(path)`: it is outside the output folder"
        }
    }
}
