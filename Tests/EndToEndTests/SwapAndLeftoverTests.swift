import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The output is replaced in one step, earlier runs' leftovers are removed, and a failed
/// build leaves nothing behind.
struct SwapAndLeftoverTests {
    static let strace = Locations.onPath("strace")

    /// `strace` kills `exhibit build` when it enters its first, second, then third rename
    /// system call: taking the kept previous output as the staging folder, and the moments
    /// inside the swap (the exchange, then keeping the old output for the next build). The
    /// name `public` must never be missing.
    @Test(.enabled(if: strace != nil, "needs strace to stop the build inside the swap"))
    func aBuildKilledInsideTheSwapLeavesTheOldOrTheNewSite() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        let old = snapshot(e2e.output)
        try e2e.write(read(e2e.site.appendingPathComponent("content/site.yaml")).replacingOccurrences(of: "title: ", with: "title: 新 "),
                      to: "content/site.yaml")
        let reference = e2e.scratch.appendingPathComponent("reference")
        #expect(try e2e.build(["--output", reference.path]).status == 0)
        let new = snapshot(reference)
        #expect(old != new)

        for nth in 1...3 {
            let run = try runProgram(#require(Self.strace), [
                "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2",
                "-e", "inject=rename,renameat,renameat2:signal=KILL:when=\(nth)",
                E2ESite.binary.path, "build", "--site", e2e.site.path, "--quiet",
            ], in: e2e.scratch)
            let now = snapshot(e2e.output)
            #expect(now == old || now == new,
                    "killed at rename call \(nth) (\(run.status)): public/ is neither the old nor the new site\n\(snapshotDifference(new, now))")
        }
        #expect(try e2e.build().status == 0)
        #expect(snapshotDifference(new, snapshot(e2e.output)) == "")
        #expect(E2ESite.leftovers(beside: e2e.output) == [])
    }

    /// Staging and old folders of killed builds (their process gone, or the PID now another
    /// program's) are removed; a running exhibit's staging folder and other outputs'
    /// folders are not.
    @Test func leftoversOfKilledBuildsAreRemovedButNotThoseOfARunningBuild() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)

        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let other = Process()  // alive, but not exhibit: the PID of a killed build, reused
        other.executableURL = URL(fileURLWithPath: "/bin/sleep")
        other.arguments = ["60"]
        try other.run()
        defer { kill(other.processIdentifier, SIGKILL); other.waitUntilExit() }
        // A running exhibit: `serve` lives until it is stopped.
        let running = Process()
        running.executableURL = try E2ESite.binary
        running.arguments = ["serve", "--site", e2e.site.path, "--port", "0"]
        running.standardOutput = FileHandle.nullDevice
        running.standardError = FileHandle.nullDevice
        try running.run()
        defer { running.terminate(); running.waitUntilExit() }

        let parent = e2e.site
        let stale = [".public.staging-\(gone.processIdentifier)", ".public.old-\(gone.processIdentifier)",
                     ".public.staging-\(other.processIdentifier)"]
        let kept = [".public.staging-\(running.processIdentifier)", ".other.staging-\(gone.processIdentifier)"]
        for name in stale + kept {
            try e2e.write("part of a killed build\n", to: "\(name)/cases/x/index.html")
        }
        let run = try e2e.build()
        #expect(run.status == 0, "\(run)")
        // `.exhibit-cache/` (the example's video poster) is the site's cache, not a leftover.
        let names = try FileManager.default.contentsOfDirectory(atPath: parent.path)
            .filter { $0.hasPrefix(".") && $0 != ".exhibit-cache" }.sorted()
        #expect(names == kept.sorted())
    }

    /// A failed build into a folder that did not exist creates nothing, not even the
    /// folders above it.
    @Test func aFailedBuildIntoANewFolderLeavesNothing() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        let file = e2e.site.appendingPathComponent("content/cases/alliance-fund.md")
        try e2e.write(read(file).replacingOccurrences(of: "\ncategory: ", with: "\ncategory: nope-"), to: "content/cases/alliance-fund.md")
        let before = snapshot(e2e.scratch)
        let run = try e2e.build(["--output", e2e.scratch.appendingPathComponent("deploy/www/public").path])
        #expect(run.status == 1, "\(run)")
        #expect(snapshotDifference(before, snapshot(e2e.scratch)) == "", "the failed build left something")
    }

    /// A previous output whose folders are read-only (copied from a read-only place) is
    /// replaced and removed, leaving nothing beside it. Run as an unprivileged user:
    /// root may delete in read-only folders.
    @Test(.enabled(if: getuid() != 0 || Locations.onPath("setpriv") != nil, "needs setpriv to drop root"))
    func aReadOnlyPreviousOutputIsReplacedAndRemoved() throws {
        let e2e = try E2ESite()
        defer { chmodTree(e2e.scratch, "u+w"); e2e.remove() }
        var prefix: [String] = []
        if getuid() == 0 {
            prefix = ["--reuid=65534", "--regid=65534", "--clear-groups"]
            #expect(chown(e2e.scratch.path, 65534, 65534) == 0)
            #expect(chownTree(e2e.site, "65534:65534"))
        }
        func build() throws -> ExhibitRun {
            let arguments = ["build", "--site", e2e.site.path, "--quiet"]
            if prefix.isEmpty { return try e2e.build(["--quiet"]) }
            return try runProgram(#require(Locations.onPath("setpriv")), prefix + [E2ESite.binary.path] + arguments, in: e2e.scratch)
        }
        let first = try build()
        #expect(first.status == 0, "\(first)")
        chmodTree(e2e.output, "a-w")
        try e2e.write(read(e2e.site.appendingPathComponent("content/site.yaml")).replacingOccurrences(of: "title: ", with: "title: 新 "),
                      to: "content/site.yaml")
        if !prefix.isEmpty { #expect(chownTree(e2e.site.appendingPathComponent("content"), "65534:65534")) }
        let second = try build()
        #expect(second.status == 0, "\(second)")
        #expect(read(e2e.output.appendingPathComponent("index.html")).contains("新 "), "the new site is in place")
        #expect(E2ESite.leftovers(beside: e2e.output) == [])
    }

    /// `--output link` with `link -> www`: the new site goes into `www`, staged beside it,
    /// and `link` stays a link. Swapping the name `link` itself made it a folder and left
    /// `www` with the old site for good. Also for a link to a folder not made yet.
    @Test func anOutputGivenAsASymbolicLinkIsBuiltWhereItLeads() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        let www = e2e.scratch.appendingPathComponent("www")
        let link = e2e.scratch.appendingPathComponent("link")
        let fresh = e2e.scratch.appendingPathComponent("fresh")
        #expect(try e2e.build(["--output", www.path]).status == 0)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "www")
        try FileManager.default.createSymbolicLink(atPath: fresh.path, withDestinationPath: "deploy/new")
        try e2e.write(read(e2e.site.appendingPathComponent("content/site.yaml")).replacingOccurrences(of: "title: ", with: "title: 新 "),
                      to: "content/site.yaml")
        for output in [link, fresh] {
            let run = try e2e.build(["--output", output.path])
            #expect(run.status == 0, "\(run)")
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) != nil, "\(output.lastPathComponent) is no longer a link")
            #expect(read(output.appendingPathComponent("index.html")).contains("新 "), "the new site is not where \(output.lastPathComponent) leads")
        }
        #expect(read(www.appendingPathComponent("index.html")).contains("新 "), "www kept the old site")
        #expect(E2ESite.leftovers(beside: www) == [])
        #expect(E2ESite.leftovers(beside: link) == [])
    }

    private func chmodTree(_ url: URL, _ mode: String) {
        _ = try? runProgram(URL(fileURLWithPath: "/bin/chmod"), ["-R", mode, url.path], in: url.deletingLastPathComponent())
    }

    private func chownTree(_ url: URL, _ owner: String) -> Bool {
        (try? runProgram(URL(fileURLWithPath: "/bin/chown"), ["-R", owner, url.path], in: url.deletingLastPathComponent()))?.status == 0
    }
}
