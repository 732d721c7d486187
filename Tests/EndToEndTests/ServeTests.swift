import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `exhibit serve` as a user runs it: a copy of the example site served on a free loopback
/// port, a case edited, broken and fixed while a WebSocket listens for the reload.
final class ServeTests: EndToEndCase {
    static let liveScriptOpening = Data("<script data-exhibit-live>".utf8)
    static let liveScriptClosing = Data("</script>\n".utf8)

    /// A running `exhibit serve`: its port, its output so far, and how to stop it.
    final class Server {
        let process = Process()
        let port: UInt16
        let stdoutURL: URL
        let stderrURL: URL

        /// `descriptors`: the process's limit on open files (soft and hard), set by the shell.
        init(binary: URL, site: URL, port: UInt16, scratch: URL, descriptors: Int? = nil) throws {
            self.port = port
            stdoutURL = scratch.appendingPathComponent("serve-\(port).out")
            stderrURL = scratch.appendingPathComponent("serve-\(port).err")
            _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
            let arguments = ["serve", "--site", site.path, "--port", String(port)]
            if let descriptors {
                // `exec`: the process run is `exhibit` itself, for `terminate` and `isRunning`.
                process.executableURL = URL(fileURLWithPath: "/bin/bash")
                process.arguments = ["-c", "ulimit -n \(descriptors) && exec \"$0\" \"$@\"", binary.path] + arguments
            } else {
                process.executableURL = binary
                process.arguments = arguments
            }
            process.currentDirectoryURL = scratch
            process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
            process.standardError = try FileHandle(forWritingTo: stderrURL)
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        var stdout: String { read(stdoutURL) }
        var stderr: String { read(stderrURL) }

        /// Waits for the `Serving … at http://127.0.0.1:PORT/` line; false if the process
        /// ended or 60 s passed.
        func waitUntilServing() -> Bool {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, process.isRunning {
                if stdout.contains("at http://127.0.0.1:\(port)/ (Ctrl-C to stop)") { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }

        /// Sends SIGINT and waits (up to 10 s) for the exit status.
        func interrupt() -> Int32? {
            guard process.isRunning else { return process.terminationStatus }
            kill(process.processIdentifier, SIGINT)
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            if process.isRunning {
                process.terminate()
                return nil
            }
            return process.terminationStatus
        }
    }

    /// A port on 127.0.0.1 that nothing listens on right now.
    static func freePort() throws -> UInt16 {
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(probe, $0, length) == 0 && getsockname(probe, $0, &length) == 0
            }
        }
        guard ok else { throw LoopbackConnection.Failure(description: "no free port") }
        return UInt16(bigEndian: address.sin_port)
    }

    func startServer(_ site: URL, scratch: URL) throws -> Server {
        guard let binary = Locations.exhibitBinary(near: Bundle(for: Self.self)) else {
            XCTFail("no `exhibit` binary beside the test bundle; run `swift build` first")
            throw CocoaError(.fileNoSuchFile)
        }
        let server = try Server(binary: binary, site: site, port: try Self.freePort(), scratch: scratch)
        addTeardownBlock { if server.process.isRunning { server.process.terminate() } }
        guard server.waitUntilServing() else {
            XCTFail("`exhibit serve` did not start:\n\(server.stdout)\n\(server.stderr)")
            throw CocoaError(.fileReadUnknown)
        }
        return server
    }

    /// The page without the live-reload script `serve` adds.
    static func withoutLiveScript(_ data: Data) -> Data {
        guard let start = data.range(of: liveScriptOpening),
              let end = data.range(of: liveScriptClosing, in: start.upperBound..<data.endIndex) else { return data }
        var result = Data(data[data.startIndex..<start.lowerBound])
        result.append(data[end.upperBound...])
        return result
    }

    /// The message's JSON object.
    static func json(_ text: String?) -> [String: Any] {
        guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [:] }
        return object
    }

    func testEditBreakAndFixACaseWhileServing() throws {
        let (scratch, site) = try makeExampleSite()
        let caseFile = site.appendingPathComponent("content/cases/apple-service.md")
        let original = read(caseFile)
        XCTAssertTrue(original.contains("\ncategory: rural-revitalization\n"), "the example case changed: update this test")
        let server = try startServer(site, scratch: scratch)
        let port = server.port

        let before = try httpGet(port: port, "/cases/apple-service/")
        XCTAssertEqual(before.status, 200)
        XCTAssertEqual(before.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertEqual(before.headers["cache-control"], "no-store")
        XCTAssertTrue(before.text.contains("<script data-exhibit-live>"), "the page should carry the live-reload script")
        XCTAssertFalse(before.text.contains("端到端改过的标题"))
        let redirect = try httpGet(port: port, "/cases/apple-service")
        XCTAssertEqual(redirect.status, 301)
        XCTAssertEqual(redirect.headers["location"], "/cases/apple-service/")
        XCTAssertEqual(try httpGet(port: port, "/../../etc/passwd").status, 400)
        let missing = try httpGet(port: port, "/no-such-page/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(Self.withoutLiveScript(missing.body), Self.withoutLiveScript(try httpGet(port: port, "/404.html").body))

        let live = try WebSocketListener(port: port, path: "/__exhibit/live")
        XCTAssertNil(try live.next(within: 0.2), "nothing is sent while nothing changes")

        // Edit the title: a reload within 2 s, and the new title over HTTP.
        let edited = original.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: 端到端改过的标题 ")
        XCTAssertNotEqual(edited, original)
        let saved = Date()
        try write(edited, to: caseFile)
        let reload = try live.next(within: 10)
        XCTAssertEqual(Self.json(reload)["type"] as? String, "reload", "got \(reload ?? "nothing") after \(Date().timeIntervalSince(saved)) s\n\(server.stderr)")
        let after = try httpGet(port: port, "/cases/apple-service/")
        XCTAssertEqual(after.status, 200)
        XCTAssertTrue(after.text.contains("端到端改过的标题"))
        XCTAssertNil(try live.next(within: 0.3), "one save, one reload")

        // Break it: an unknown category. An error naming the file and line; the last good page stays.
        let line = edited.components(separatedBy: "\n").firstIndex(of: "category: rural-revitalization")! + 1
        try write(edited.replacingOccurrences(of: "\ncategory: rural-revitalization\n", with: "\ncategory: no-such-category\n"),
                  to: caseFile)
        let error = Self.json(try live.next(within: 10))
        XCTAssertEqual(error["type"] as? String, "error", "\(error)")
        let diagnostics = error["diagnostics"] as? [[String: Any]] ?? []
        XCTAssertTrue(diagnostics.contains {
            $0["path"] as? String == "content/cases/apple-service.md" && $0["line"] as? Int == line
                && ($0["message"] as? String ?? "").contains("no-such-category") && $0["severity"] as? String == "error"
        }, "\(diagnostics)")
        XCTAssertEqual(try httpGet(port: port, "/cases/apple-service/").body, after.body, "the last good page is still served")
        XCTAssertTrue(server.stderr.contains("content/cases/apple-service.md:\(line):"), server.stderr)
        // A page opened now gets the errors at once, to show over itself.
        let lateComer = try WebSocketListener(port: port, path: "/__exhibit/live")
        XCTAssertEqual(Self.json(try lateComer.next(within: 10))["type"] as? String, "error")

        // Fix it: reload.
        try write(edited, to: caseFile)
        XCTAssertEqual(Self.json(try live.next(within: 10))["type"] as? String, "reload")
        XCTAssertEqual(Self.json(try lateComer.next(within: 10))["type"] as? String, "reload")
        XCTAssertTrue(server.stdout.contains("rebuilt in "), server.stdout)

        // What is served is what `build` writes for the edited site, byte for byte.
        let output = scratch.appendingPathComponent("built")
        try buildOK(site, ["--output", output.path])
        let built = snapshot(output).filter { !$0.key.hasSuffix("/") }
        XCTAssertGreaterThan(built.count, 20)
        var differences: [String] = []
        for (path, bytes) in built.sorted(by: { $0.key < $1.key }) {
            let encoded = "/" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
            let served = try httpGet(port: port, encoded)
            if served.status != 200 || Self.withoutLiveScript(served.body) != bytes {
                differences.append("\(path): status \(served.status), \(served.body.count) bytes served, \(bytes.count) built")
            }
            if path.hasSuffix(".html") != served.body.contains(Self.liveScriptOpening) {
                differences.append("\(path): live script \(path.hasSuffix(".html") ? "missing" : "in a non-HTML file")")
            }
        }
        XCTAssertEqual(differences, [], "served and built differ")
        XCTAssertFalse(built.values.contains { $0.range(of: Self.liveScriptOpening) != nil }, "build output must never carry the script")

        XCTAssertEqual(server.interrupt(), 0, "Ctrl-C exits 0\n\(server.stderr)")
        XCTAssertTrue(server.stdout.contains("stopped"))
    }

    func testAPartialThatIncludesItselfIsAnErrorWhileServing() throws {
        let (scratch, site) = try makeExampleSite()
        let server = try startServer(site, scratch: scratch)
        let live = try WebSocketListener(port: server.port, path: "/__exhibit/live")
        try write("<dl class=\"metrics\">{{#metrics}}\n{{> partials/metrics}}{{/metrics}}</dl>\n",
                  to: site.appendingPathComponent("templates/partials/metrics.mustache"))
        // Generous waits: a loaded machine can take seconds to notice and rebuild.
        let error = Self.json(try live.next(within: 10))
        XCTAssertEqual(error["type"] as? String, "error", "\(error)\n\(server.stderr)")
        let message = "templates/partials/metrics.mustache:2:1: error: partial `partials/metrics` includes itself (partials/metrics → partials/metrics)"
        let deadline = Date().addingTimeInterval(10)
        while !server.stderr.contains(message), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertTrue(server.stderr.contains(message), server.stderr)
        XCTAssertEqual(try httpGet(port: server.port, "/cases/apple-service/").status, 200, "the last good page is still served")
        XCTAssertEqual(server.interrupt(), 0, "still running, and Ctrl-C exits 0\n\(server.stderr)")
    }

    func testPortInUseIsReportedClearly() throws {
        let (scratch, site) = try makeExampleSite()
        // Hold a port with a listening socket.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var port: UInt16 = 0
        for _ in 0..<20 {
            port = try Self.freePort()
            address.sin_port = port.bigEndian
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            if bound == 0 { break }
        }
        XCTAssertEqual(listen(holder, 1), 0)
        let run = try exhibit(["serve", "--site", site.path, "--port", String(port)], in: scratch, timeout: 60)
        XCTAssertEqual(run.status, 1, "\(run)")
        XCTAssertTrue(run.stderr.contains("port \(port) is in use: try --port \(port + 1)"), "\(run)")
        XCTAssertFalse(run.timedOut)
    }

    func testTermStopsCleanly() throws {
        let (scratch, site) = try makeExampleSite()
        let server = try startServer(site, scratch: scratch)
        let live = try WebSocketListener(port: server.port, path: "/__exhibit/live")
        _ = live
        kill(server.process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while server.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertFalse(server.process.isRunning)
        XCTAssertEqual(server.process.terminationStatus, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("content").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path),
                       "serve writes nothing into the site")
    }
}
