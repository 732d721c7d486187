@testable import ExhibitCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The scan takes a file's kind from its folder's listing where the listing gives one:
/// every kind of entry a content folder can hold is sorted as the `lstat` of each file
/// sorted it (regular files and folders from the listing; links, pipes and names that
/// are not UTF-8 left out with a warning).
@Suite struct SourceTreeTests {
    @Test func everyKindOfEntryIsSortedAsItsFileIs() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("source-tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        func write(_ path: String) throws {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("---\ntitle: x\n---\n".utf8).write(to: url)
        }
        for path in ["site.yaml", "cases/apple.md", "cases/orchard/index.md", "cases/orchard/photo.jpg",
                     "pages/about.md", "cases/.draft.md", "cases/apple.md~", "notes.md", "files/plan.pdf"] {
            try write(path)
        }
        // A link inside the site (followed), one that leads nowhere (a warning), a pipe
        // (never read: it would hang the build), and a name that is not UTF-8.
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("cases/pear.md").path,
                                                   withDestinationPath: content.appendingPathComponent("cases/apple.md").path)
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("files/gone.pdf").path,
                                                   withDestinationPath: content.appendingPathComponent("files/missing.pdf").path)
        #expect(mkfifo(content.appendingPathComponent("cases/pipe.md").path, 0o644) == 0)
        let latin1 = Array((content.appendingPathComponent("files").path + "/").utf8) + [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64, 0]
        let descriptor = latin1.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)

        let tree = try SourceTree.scan(SiteFolder(root: root))
        #expect(tree.siteYAML == "content/site.yaml")
        #expect(tree.cases.map(\.path) == ["content/cases/apple.md", "content/cases/orchard/index.md", "content/cases/pear.md"])
        #expect(tree.cases.map(\.bundlePath) == [nil, "content/cases/orchard", nil])
        #expect(tree.pages.map(\.path) == ["content/pages/about.md"])
        #expect(tree.assets.map(\.path) == ["content/cases/orchard/photo.jpg", "content/files/plan.pdf"])
        #expect(tree.strayMarkdown == ["content/notes.md"])
        #expect(tree.linkProblems.count == 2)
        #expect(tree.linkProblems.contains { $0.message.contains("does not exist") && $0.path == "content/files/gone.pdf" })
        // The Latin-1 name is left out with a warning naming it, not without a word.
        #expect(tree.linkProblems.contains { $0.message.contains("not UTF-8") && $0.path.hasPrefix("content/files/caf") })
    }

    /// A link to a folder of content/ (another name for a case folder, or a loop to a
    /// folder above it) is not followed, whichever the file system lists first: the folder
    /// is published under its own name, and the link is warned of.
    @Test func linksToFoldersOfContentAreNotFollowed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("source-tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("cases/orchard"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try Data("---\ntitle: x\n---\n".utf8).write(to: content.appendingPathComponent("cases/orchard/index.md"))
        try Data("pdf".utf8).write(to: root.appendingPathComponent("shared/plan.pdf"))
        // Names before and after the folder they lead to, a loop, and a folder of the site
        // outside content/ (followed: it is published nowhere else).
        for (name, destination) in [("cases/aa", "orchard"), ("cases/zz", "orchard"), ("cases/loop", ".."), ("files", "../shared")] {
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent(name).path, withDestinationPath: destination)
        }
        let tree = try SourceTree.scan(SiteFolder(root: root))
        #expect(tree.cases.map(\.path) == ["content/cases/orchard/index.md"])
        #expect(tree.assets.map(\.path) == ["content/files/plan.pdf"])
        #expect(tree.linkProblems.map(\.path).sorted() == ["content/cases/aa", "content/cases/loop", "content/cases/zz"])
        let loop = try #require(tree.linkProblems.first { $0.path == "content/cases/loop" })
        #expect(loop.message == "this is a symbolic link to the folder content, which holds it; it is not followed, as that folder is published under its own name")
        #expect(tree.linkProblems.first { $0.path == "content/cases/aa" }?.message.contains("the folder content/cases/orchard;") == true)
    }
}
