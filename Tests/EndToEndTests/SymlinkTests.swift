import Foundation
import Testing

/// Symbolic links in content/: published as the files they lead to while they stay in
/// the site folder, refused when they leave it; never a link in the output.
struct SymlinkTests {
    @Test func aLinkOutsideTheSiteFolderIsRefusedAtTheLink() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        let before = snapshot(e2e.output)
        let content = e2e.site.appendingPathComponent("content")
        try FileManager.default.createSymbolicLink(atPath: content.path + "/host.txt", withDestinationPath: "/etc/hostname")
        try FileManager.default.createSymbolicLink(atPath: content.path + "/system", withDestinationPath: "/etc")
        let run = try e2e.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("content/host.txt:1:1: error: this file is a symbolic link to /etc/hostname, outside the site folder"), "\(run)")
        #expect(run.stderr.contains("content/system:1:1: error: this folder is a symbolic link to /etc, outside the site folder"), "\(run)")
        #expect(run.stderr.contains("    fix: copy what it links to into the site folder"), "\(run)")
        #expect(snapshotDifference(before, snapshot(e2e.output)) == "", "the refused build changed public/")
    }

    @Test func linksInsideTheSiteArePublishedAsTheFilesTheyLeadTo() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        try e2e.write("shared logo\n", to: "shared/logo.txt")
        let content = e2e.site.appendingPathComponent("content").path
        try FileManager.default.createSymbolicLink(atPath: content + "/logo.txt", withDestinationPath: "../shared/logo.txt")
        try FileManager.default.createSymbolicLink(atPath: content + "/shared", withDestinationPath: "../shared")
        try FileManager.default.createSymbolicLink(atPath: content + "/absolute.txt",
                                                   withDestinationPath: e2e.site.path + "/shared/logo.txt")
        let run = try e2e.build()
        #expect(run.status == 0, "\(run)")
        for path in ["logo.txt", "shared/logo.txt", "absolute.txt"] {
            let url = e2e.output.appendingPathComponent(path)
            #expect(isRegularFile(url), "\(path) should be a file of its own")
            #expect(read(url) == "shared logo\n", "\(path)")
        }
        #expect(symbolicLinks(under: e2e.output) == [])
        // The output still works once moved: nothing in it leads back to the site.
        let moved = e2e.scratch.appendingPathComponent("moved")
        try FileManager.default.moveItem(at: e2e.output, to: moved)
        try FileManager.default.removeItem(at: e2e.site.appendingPathComponent("shared"))
        #expect(read(moved.appendingPathComponent("logo.txt")) == "shared logo\n")
    }

    /// The walk skips dot-names; a normally named link must not bring them back (`.env`,
    /// `.git/config`), nor publish the last build into the next one.
    @Test func aLinkToAHiddenFileOrIntoTheOutputIsRefusedAtTheLink() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        let before = snapshot(e2e.output)
        try e2e.write("SECRET_KEY=hunter2\n", to: ".env")
        try e2e.write("[remote \"origin\"]\n", to: ".git/config")
        let images = e2e.site.appendingPathComponent("content/images").path
        let links = ["cover.txt": "../../.env", "g": "../../.git", "config.txt": "../../.git/config",
                     "old": "../../public", "home.html": "../../public/index.html"]
        for (name, destination) in links {
            try FileManager.default.createSymbolicLink(atPath: images + "/" + name, withDestinationPath: destination)
        }
        let run = try e2e.build()
        #expect(run.status == 1, "\(run)")
        let site = e2e.site.path
        for line in [
            "content/images/cover.txt:1:1: error: this file is a symbolic link to \(site)/.env, a hidden file of the site folder; it is not published",
            "content/images/g:1:1: error: this folder is a symbolic link to \(site)/.git, a hidden folder of the site folder; it is not published",
            "content/images/config.txt:1:1: error: this file is a symbolic link to \(site)/.git/config, inside .git, a hidden folder of the site folder",
            "    fix: names that start with a dot (.env, .git) are never published",
            "content/images/old:1:1: error: this folder is a symbolic link to \(site)/public, the output folder; it is not published",
            "content/images/home.html:1:1: error: this file is a symbolic link to \(site)/public/index.html, inside the output folder \(site)/public",
        ] {
            #expect(run.stderr.contains(line), "missing: \(line)\n\(run)")
        }
        #expect(snapshotDifference(before, snapshot(e2e.output)) == "", "the refused build changed public/")
    }

    /// A link to the site folder itself stays allowed, but the output reached through it
    /// is not content: the next build must not hold the last one.
    @Test func theOutputIsNotPublishedThroughALinkToTheSiteFolder() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        try FileManager.default.createSymbolicLink(atPath: e2e.site.path + "/content/all", withDestinationPath: "..")
        let run = try e2e.build()
        #expect(run.status == 0, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: e2e.output.path + "/all/public"), "the last build was published")
        #expect(FileManager.default.fileExists(atPath: e2e.output.path + "/all/templates"))
    }
}
