import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A rebuild writes into the previous output, kept in `.exhibit-cache/previous-output`,
/// and gives byte for byte the site a build into an empty folder gives, whatever that
/// folder holds: stale files and folders, files and folders where the other is needed,
/// links out of it, read-only files, and files with other names outside it.
struct RecycledOutputTests {
    @Test func aRebuildIntoThePreviousOutputIsTheSiteAFreshBuildMakes() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        #expect(try e2e.build().status == 0)
        let spare = e2e.site.appendingPathComponent(".exhibit-cache/previous-output")
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent("index.html").path),
                "the previous output was not kept for the next build")
        #expect(E2ESite.leftovers(beside: e2e.output) == [])

        // What the kept folder may hold by the next build, planted by hand.
        let outside = e2e.scratch.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("不要改我".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        let fm = FileManager.default
        try Data("stale".utf8).write(to: spare.appendingPathComponent("stale.html"))
        try fm.createDirectory(at: spare.appendingPathComponent("gone/deep/er"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: spare.appendingPathComponent("gone/deep/er/x.html"))
        // A link where the cases' folder goes, and a link as a page.
        try fm.removeItem(at: spare.appendingPathComponent("cases"))
        try fm.createSymbolicLink(at: spare.appendingPathComponent("cases"), withDestinationURL: outside)
        try fm.removeItem(at: spare.appendingPathComponent("dashboard/index.html"))
        try fm.createSymbolicLink(at: spare.appendingPathComponent("dashboard/index.html"),
                                  withDestinationURL: outside.appendingPathComponent("keep.txt"))
        // A page that is a second name of a file outside, and a read-only page.
        try fm.removeItem(at: spare.appendingPathComponent("index.html"))
        #expect(link(outside.appendingPathComponent("keep.txt").path, spare.appendingPathComponent("index.html").path) == 0)
        chmod(spare.appendingPathComponent("404.html").path, 0o444)
        // Modes a new file or folder would not get, and names in other byte forms: one
        // that is not UTF-8 (the kept folder is then not used), one decomposed (NFD).
        chmod(spare.appendingPathComponent("search/index.html").path, 0o600)
        chmod(spare.appendingPathComponent("tags").path, 0o700)
        // A folder no one may read or enter, and a page longer than the one the rebuild
        // writes (written over in place, the rest must be cut off).
        chmod(spare.appendingPathComponent("organizations").path, 0o000)
        let about = try FileHandle(forWritingTo: spare.appendingPathComponent("about/index.html"))
        try about.seekToEnd()
        try about.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: 100_000))
        try about.close()
        try Data("nfd".utf8).write(to: spare.appendingPathComponent("cafe\u{301}.html"))
        // A folder where a page file goes, a file where a page's folder goes.
        try fm.removeItem(at: spare.appendingPathComponent("feed.xml"))
        try fm.createDirectory(at: spare.appendingPathComponent("feed.xml/inner"), withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: spare.appendingPathComponent("feed.xml/inner/stale.html"))
        try fm.removeItem(at: spare.appendingPathComponent("timeline"))
        try Data("file, not folder".utf8).write(to: spare.appendingPathComponent("timeline"))

        // The rebuild writes into the kept files themselves (their inodes), not new ones.
        func inode(_ url: URL) -> UInt64 { var info = stat(); return stat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0 }
        let kept = inode(spare.appendingPathComponent("about/index.html"))
        let run = try e2e.build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(kept != 0 && inode(e2e.output.appendingPathComponent("about/index.html")) == kept)
        let reference = try Self.freshBuild(e2e)
        #expect(snapshotDifference(snapshot(reference), snapshot(e2e.output)) == "")
        #expect(Self.modes(reference) == Self.modes(e2e.output))
        #expect(symbolicLinks(under: e2e.output) == [])
        #expect(read(outside.appendingPathComponent("keep.txt")) == "不要改我")
        #expect((try? fm.contentsOfDirectory(atPath: outside.path)) == ["keep.txt"])
    }

    /// A build that fails leaves the output as it was, and keeps the folder it took for
    /// the next build, which is again the site a fresh build makes.
    @Test func aFailedRebuildLeavesTheOutputAndTheNextOneIsWhole() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        #expect(try e2e.build().status == 0)
        let before = snapshot(e2e.output)
        try e2e.write(caseFile(title: "坏", date: "2024-13-40", body: "日期错了。"), to: "content/cases/broken.md")
        #expect(try e2e.build().status != 0)
        #expect(snapshotDifference(before, snapshot(e2e.output)) == "")
        #expect(E2ESite.leftovers(beside: e2e.output) == [])
        try FileManager.default.removeItem(at: e2e.site.appendingPathComponent("content/cases/broken.md"))
        try e2e.write(caseFile(title: "新的案例", body: "新的正文。"), to: "content/cases/new-one.md")
        #expect(try e2e.build().status == 0)
        let reference = try Self.freshBuild(e2e)
        #expect(snapshotDifference(snapshot(reference), snapshot(e2e.output)) == "")
    }

    /// A name that is not UTF-8 in the kept folder: it is not used (the build starts from an
    /// empty folder), and the output is whole.
    @Test func aKeptFolderWithANameThatIsNotUTF8IsNotUsed() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        #expect(try e2e.build().status == 0)
        let spare = e2e.site.appendingPathComponent(".exhibit-cache/previous-output")
        let odd = spare.path + "/cases/bad\u{FFFD}"
        var name = Array(odd.utf8.dropLast(3)); name += [0xFE, 0]
        let fd = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        close(fd)
        let run = try e2e.build()
        #expect(run.status == 0, "\(run.stderr)")
        let reference = try Self.freshBuild(e2e)
        #expect(snapshotDifference(snapshot(reference), snapshot(e2e.output)) == "")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: e2e.output.path + "/cases")) ?? []).allSatisfy { !$0.hasPrefix("bad") })
    }

    /// The same site built into an empty folder, from a copy without `.exhibit-cache/`
    /// (a build elsewhere would take the kept previous output too).
    static func freshBuild(_ e2e: E2ESite) throws -> URL {
        let copy = e2e.scratch.appendingPathComponent("fresh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for folder in ["content", "templates"] where FileManager.default.fileExists(atPath: e2e.site.appendingPathComponent(folder).path) {
            try FileManager.default.copyItem(at: e2e.site.appendingPathComponent(folder), to: copy.appendingPathComponent(folder))
        }
        let run = try runProgram(E2ESite.binary, ["build", "--site", copy.path, "--quiet"], in: e2e.scratch)
        #expect(run.status == 0, "\(run.stderr)")
        return copy.appendingPathComponent("public")
    }

    /// Every path's permission bits.
    static func modes(_ root: URL) -> [String: UInt32] {
        var modes: [String: UInt32] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return modes }
        while let relative = walker.nextObject() as? String {
            var info = stat()
            if lstat(root.path + "/" + relative, &info) == 0 { modes[relative] = UInt32(info.st_mode & 0o7777) }
        }
        var info = stat()
        if lstat(root.path, &info) == 0 { modes["."] = UInt32(info.st_mode & 0o7777) }
        return modes
    }
}
