import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `exhibit build` killed with SIGKILL at many moments of a 2,000-case build, the swap
/// included: the output is always exactly the old site or exactly the new one, and the
/// next build succeeds and removes what the killed one left.
///
/// Two sites, A and B, build in turn into one output folder; each run builds the site
/// the output does not hold, so every kill is a change from one known site to the other.
struct CrashSafetyTests {
    static let cases = 2000
    /// Kill moments spread over the build's measured length.
    static let timedKills = 18
    /// Kills at system calls, with strace: right before the swap's rename, during the
    /// removal of the swapped-out tree (or of an earlier run's leftovers), and while the
    /// staging folder is being filled.
    static let tracedKills: [(calls: String, nth: Int)] = [
        ("rename,renameat,renameat2", 1), ("rename,renameat,renameat2", 2), ("unlink,unlinkat,rmdir", 1),
        ("unlink,unlinkat,rmdir", 800), ("unlink,unlinkat,rmdir", 3000), ("mkdir,mkdirat", 300),
    ]

    @Test(.timeLimit(.minutes(15)))
    func aKilledBuildLeavesTheOldOrTheNewSiteAndTheNextBuildCleansUp() throws {
        let started = Date()
        // tmpfs when there is one: the test is about the order of file operations, not
        // the disk, and removing a 50 MB tree on a busy disk takes seconds.
        let shm = URL(fileURLWithPath: "/dev/shm")
        let e2e = try E2ESite(example: false, base: access(shm.path, W_OK) == 0 ? shm : nil)
        defer { e2e.remove() }
        let sites = ["A": e2e.scratch.appendingPathComponent("A"), "B": e2e.scratch.appendingPathComponent("B")]
        try Self.writeSite(at: sites["A"]!, variant: "A")
        try Self.writeSite(at: sites["B"]!, variant: "B")
        let output = e2e.scratch.appendingPathComponent("out/public")
        let binary = try E2ESite.binary

        func build(_ name: String) throws -> (run: ExhibitRun, manifest: String) {
            let run = try runProgram(binary, ["build", "--site", sites[name]!.path, "--output", output.path, "--quiet"], in: e2e.scratch)
            return (run, Self.manifest(output))
        }
        var manifests: [String: String] = [:]
        for name in ["A", "B"] {
            let (run, manifest) = try build(name)
            try #require(run.status == 0, "\(run)")
            manifests[name] = manifest
        }
        try #require(manifests["A"] != manifests["B"])
        // Timed once each site keeps its caches (its QR codes), as every build below finds
        // them: a site's first build draws all its codes, which in this debug build took
        // longer than the rest of the build, so kills timed by it fell after the end.
        var seconds = 0.0
        for name in ["A", "B"] {
            let (run, manifest) = try build(name)
            try #require(run.status == 0 && manifest == manifests[name], "\(run)")
            seconds = max(seconds, run.seconds)
        }
        var current = "B"

        // Each timed moment is a share of the last build that ran to its end, not of the
        // first one timed: run beside the other tests, the builds timed above took 66 s
        // where the ones after took 2, and every timed kill fell after the end.
        var moments: [Moment] = (0..<Self.timedKills).map { .share(1.05 * (Double($0) + 0.5) / Double(Self.timedKills)) }
        if let strace = Locations.onPath("strace"), (try? runProgram(strace, ["-o", "/dev/null", "true"], in: e2e.scratch))?.status == 0 {
            for (i, traced) in Self.tracedKills.enumerated() {
                moments.insert(.atCall(strace, traced.calls, traced.nth), at: min(moments.count, 1 + i * 3))
            }
        }
        var killed = 0, finished = 0, sawLeftovers = 0, neither = 0
        var previousLeftovers: [String] = []
        for (trial, moment) in moments.enumerated() {
            let target = current == "A" ? "B" : "A"
            let arguments = ["build", "--site", sites[target]!.path, "--output", output.path, "--quiet"]
            let (exitedNormally, pid, elapsed) = try moment.run(binary, arguments, in: e2e.scratch, buildSeconds: seconds)
            if exitedNormally, case .share = moment { seconds = elapsed }
            let manifest = Self.manifest(output)
            let state = manifest == manifests[current] ? current : manifest == manifests[target] ? target : nil
            #expect(state != nil, "trial \(trial) (\(moment), building \(target) over \(current)): the output is neither site\n\(Self.difference(manifests[target]!, manifest))")
            let leftovers = Self.names(beside: output)
            if exitedNormally {
                finished += 1
                #expect(state == target, "trial \(trial): a build that finished must leave the new site")
                #expect(leftovers == [], "trial \(trial): a finished build left \(leftovers)")
            } else {
                killed += 1
            }
            // A build that got as far as making its staging folder (or finished) has
            // removed every earlier run's leftovers.
            if exitedNormally || leftovers.contains(".public.staging-\(pid)") {
                let survived = previousLeftovers.filter(leftovers.contains)
                #expect(survived == [], "trial \(trial): leftovers of an earlier run were not removed: \(survived)")
            }
            if !leftovers.isEmpty { sawLeftovers += 1 }
            previousLeftovers = leftovers
            if state == nil { neither += 1 }
            current = state ?? current
            // Now and then, at the end, and after a broken output: the next build
            // succeeds and cleans up.
            if trial % 6 == 5 || trial == moments.count - 1 || state == nil {
                let next = state == nil ? target : current == "A" ? "B" : "A"
                let (run, manifest) = try build(next)
                if run.status == 0 { seconds = run.seconds }
                #expect(run.status == 0, "trial \(trial): the build after a kill failed\n\(run)")
                #expect(manifest == manifests[next], "trial \(trial): the build after a kill wrote another site\n\(Self.difference(manifests[next]!, manifest))")
                #expect(Self.names(beside: output) == [], "trial \(trial): leftovers after a complete build")
                current = next
                previousLeftovers = []
            }
        }
        // The moments at chosen system calls always kill; the timed ones are spread over the
        // last complete build, and fall after the end of one that runs faster. A third is
        // enough to show the test killed builds at all.
        #expect(killed >= moments.count / 3, "too few moments fell inside the build (\(killed) of \(moments.count))")
        print("crash safety: \(moments.count) moments (\(killed) killed, \(finished) finished, \(sawLeftovers) with leftovers, \(neither) neither site) over a build of \(String(format: "%.1f", seconds)) s, \(Self.cases) cases, \(manifests["A"]!.split(separator: "\n").count) files; \(Int(Date().timeIntervalSince(started))) s in all")
    }

    /// When a run is killed.
    enum Moment: CustomStringConvertible {
        /// A share of the time a complete build takes.
        case share(Double)
        case atCall(URL, String, Int)

        var description: String {
            switch self {
            case .share(let share): String(format: "SIGKILL after %.0f %% of a build", share * 100)
            case .atCall(_, let calls, let nth): "SIGKILL at call \(nth) of \(calls)"
            }
        }

        /// Runs `exhibit` and kills it at this moment (of a build of `buildSeconds`);
        /// whether it exited by itself first, its PID, and how long it ran.
        func run(_ binary: URL, _ arguments: [String], in directory: URL,
                 buildSeconds: TimeInterval) throws -> (exitedNormally: Bool, pid: Int32, seconds: TimeInterval) {
            let process = Process()
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let started = Date()
            switch self {
            case .share(let share):
                process.executableURL = binary
                process.arguments = arguments
                try process.run()
                let deadline = started.addingTimeInterval(buildSeconds * share)
                while process.isRunning && Date() < deadline { usleep(2000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                return (process.terminationReason == .exit && process.terminationStatus == 0, process.processIdentifier,
                        Date().timeIntervalSince(started))
            case .atCall(let strace, let calls, let nth):
                // strace's child is exhibit; its PID is written to a file by a shell in between.
                let pidFile = directory.appendingPathComponent("traced.pid")
                process.executableURL = strace
                process.arguments = ["-f", "-qq", "-o", "/dev/null", "-e", "trace=\(calls)",
                                     "-e", "inject=\(calls):signal=KILL:when=\(nth)",
                                     "/bin/sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pidFile.path, binary.path] + arguments
                try process.run()
                process.waitUntilExit()
                let pid = Int32(read(pidFile).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
                try? FileManager.default.removeItem(at: pidFile)
                return (process.terminationReason == .exit && process.terminationStatus == 0, pid, Date().timeIntervalSince(started))
            }
        }
    }

    /// Every path of the output with the sha256 of its bytes (links and empty folders
    /// named as such); "(no output folder)" when there is none.
    static func manifest(_ root: URL) -> String {
        let script = #"cd "$0" || exit 3; find . -type f -print0 | sort -z | xargs -0 -r sha256sum; "#
            + #"find . ! -type f ! -type d | sort | sed 's/^/not a file: /'; find . -type d -empty | sort | sed 's/^/empty folder: /'"#
        guard let run = try? runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", script, root.path], in: root.deletingLastPathComponent()),
              run.status == 0 else { return "(no output folder)" }
        return run.stdout
    }

    static func difference(_ expected: String, _ actual: String) -> String {
        let a = Set(expected.split(separator: "\n")), b = Set(actual.split(separator: "\n"))
        let lines = b.subtracting(a).map { "+ \($0)" }.sorted() + a.subtracting(b).map { "- \($0)" }.sorted()
        return "\(lines.count) line(s) differ from the new site:\n" + lines.prefix(10).joined(separator: "\n")
    }

    static func names(beside output: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? [])
            .filter { $0 != output.lastPathComponent }.sorted()
    }

    /// A site of `cases` short cases. B differs from A in its title (so every page
    /// differs), in its last 20 cases (missing), and in every tenth case's text.
    static func writeSite(at root: URL, variant: String) throws {
        let categories = ["research", "social-service", "red-culture"]
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("cases"), withIntermediateDirectories: true)
        try Data("""
            title: 崩溃测试 \(variant)
            language: zh-CN
            base_url: https://example.org/crash/
            per_page: 50
            categories:
            \(categories.map { "  - {id: \($0), name: \($0)}" }.joined(separator: "\n"))

            """.utf8).write(to: content.appendingPathComponent("site.yaml"))
        let count = variant == "A" ? cases : cases - 20
        for i in 0..<count {
            let text = variant == "B" && i % 10 == 0 ? "改写后的第 \(i) 个案例。" : "第 \(i) 个案例的正文，写于崩溃测试。"
            let file = """
                ---
                title: 案例 \(i) 号
                date: 2024-\(String(format: "%02d-%02d", 1 + i % 12, 1 + i % 28))
                category: \(categories[i % 3])
                tags: [标签\(i % 7), 主题\(i % 11)]
                summary: 第 \(i) 个案例的摘要。
                ---
                \(text)

                ## 做法

                - 调研 \(i % 5) 次
                - 服务 \(i % 13) 户

                """
            try Data(file.utf8).write(to: content.appendingPathComponent("cases/case-\(String(format: "%05d", i)).md"))
        }
    }
}
