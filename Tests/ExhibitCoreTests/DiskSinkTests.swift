import ExhibitCore
import Foundation
import Testing

/// The sink replaces a file written before (a theme's static file over a generated one),
/// but never a folder: that would silently drop every file in it.
struct DiskSinkTests {
    @Test func aFileIsNeverWrittenOverAFolderNorAFolderOverAFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-sink-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sink = DiskSink(root: root)
        try sink.write(Data("tag page\n".utf8), to: "tags/x/index.html")
        try sink.write(Data("feed\n".utf8), to: "feed.xml")
        let source = root.appendingPathComponent("../source-\(UUID().uuidString).txt").standardizedFileURL
        try Data("content\n".utf8).write(to: source)
        defer { try? FileManager.default.removeItem(at: source) }

        let attempts: [() throws -> Void] = [{ try sink.copy(from: source, to: "tags") }, { try sink.write(Data("x".utf8), to: "tags/x") }]
        for attempt in attempts {
            #expect { try attempt() } throws: { error in
                (error as? OutputError)?.description.contains("already wrote a folder of that name") == true
            }
        }
        #expect(FileManager.default.contents(atPath: root.path + "/tags/x/index.html") == Data("tag page\n".utf8))
        #expect { try sink.copy(from: source, to: "feed.xml/a.txt") } throws: { error in
            (error as? OutputError)?.localizedDescription == "cannot write `feed.xml/a.txt`: the build already wrote a file named `feed.xml`, where this needs a folder"
        }
        try sink.copy(from: source, to: "feed.xml")  // a file over a file: replaced on purpose
        #expect(FileManager.default.contents(atPath: root.path + "/feed.xml") == Data("content\n".utf8))
    }

    /// A path is taken as written when it is plain, and cleaned of empty parts otherwise;
    /// none with a `.` or `..` part or a NUL is written, whichever way it is read.
    @Test func pathsLandInsideTheFolderOrAreRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-sink-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let sink = DiskSink(root: root)
        let written = ["a/b.html": "a/b.html", "//c//d/": "c/d", "/e.txt": "e.txt", ".../f": ".../f", "g/...": "g/...", ".h/i.": ".h/i."]
        for (path, file) in written {
            try sink.write(Data(path.utf8), to: path)
            #expect(FileManager.default.contents(atPath: root.path + "/" + file) == Data(path.utf8), "\(path)")
        }
        for path in ["", "/", "//", ".", "..", "../x", "a/../../x", "a/./b", "a/..", "./a", "a/.", "x\0y", "a/\0/b"] {
            #expect("\(path.debugDescription)") { try sink.write(Data("x".utf8), to: path) } throws: { error in
                (error as? OutputError)?.description == "refused to write `\(path)`: it is outside the output folder"
            }
        }
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { var isFolder: ObjCBool = false; return FileManager.default.fileExists(atPath: root.path + "/" + $0, isDirectory: &isFolder) && !isFolder.boolValue }
        #expect(Set(files ?? []) == Set(written.values))
    }
}
