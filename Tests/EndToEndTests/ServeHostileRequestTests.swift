import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `exhibit serve` against requests no browser sends: a redirect to another host, a
/// DNS-rebinding page, a WebSocket from another origin, header lines of 64 and 512 KB.
/// Each test has its own server on a free 127.0.0.1 port.
@Suite(.serialized)
final class ServeHostileRequestTests {
    let scratch: URL
    let server: ServeTests.Server
    var port: UInt16 { server.port }

    struct Failure: Error, CustomStringConvertible { var description: String }

    init() throws {
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("exhibit-e2e-\(UUID().uuidString)").resolvingSymlinksInPath()
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Locations.repositoryRoot.appendingPathComponent(folder),
                                             to: site.appendingPathComponent(folder))
        }
        guard let binary = Locations.exhibitBinary(near: Bundle(for: ServeTests.self)) else {
            throw Failure(description: "no `exhibit` binary beside the test bundle; run `swift build` first")
        }
        server = try ServeTests.Server(binary: binary, site: site, port: try ServeTests.freePort(), scratch: scratch)
        guard server.waitUntilServing() else {
            throw Failure(description: "`exhibit serve` did not start:\n\(server.stdout)\n\(server.stderr)")
        }
    }

    deinit {
        if server.process.isRunning {
            server.process.terminate()
            server.process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// A GET of `/` with these header lines.
    func get(_ headers: String, path: String = "/", version: String = "HTTP/1.1") -> String {
        "GET \(path) \(version)\r\n\(headers)Connection: close\r\n\r\n"
    }

    func handshake(origin: String?) -> String {
        let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        return "GET /__exhibit/live HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n" + (origin.map { "Origin: \($0)\r\n" } ?? "") + "\r\n"
    }

    @Test func redirectsGoToAPathOnThisServer() throws {
        for (path, location) in ["//cases": "/cases/", "///cases": "/cases/", "/%2F%2Fcases": "/cases/",
                                 "//cases//apple-service?a=1": "/cases/apple-service/?a=1"] {
            let response = try httpGet(port: port, path)
            #expect(response.status == 301, "\(path)")
            #expect(response.headers["location"] == location, "\(path)")
        }
        for path in ["/\\evil.example", "/%5Cevil.example", "/%5C%5Cevil.example/", "/\\/evil.example"] {
            let response = try httpGet(port: port, path)
            #expect(response.status == 400, "\(path): \(response.status) \(response.headers)")
        }
    }

    @Test func onlyLoopbackHostsAreAnswered() throws {
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "localhost", "[::1]:\(port)", "LOCALHOST:\(port)"] {
            #expect(try httpExchange(port: port, get("Host: \(host)\r\n")).status == 200, "\(host)")
        }
        #expect(try httpExchange(port: port, "GET / HTTP/1.0\r\n\r\n").status == 200, "no Host: an HTTP/1.0 tool")
        for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.nip.io:\(port)", "localhost.evil.example"] {
            let response = try httpExchange(port: port, get("Host: \(host)\r\n"))
            #expect(response.status == 421, "\(host)")
            #expect(response.headers["content-type"] == "text/plain; charset=utf-8")
            #expect(response.text.contains("only answers requests for 127.0.0.1, localhost or [::1]"), "\(response.text)")
            #expect(!response.text.contains("<script"), "no page, no site content")
        }
    }

    @Test func theLiveSocketOpensOnlyForPagesOfThisServer() throws {
        for origin in [nil, "http://127.0.0.1:\(port)", "http://localhost:\(port)"] {
            let connection = try LoopbackConnection(port: port)
            try connection.send(handshake(origin: origin))
            let head = String(decoding: try connection.read(upTo: Array("\r\n\r\n".utf8), by: Date().addingTimeInterval(10)),
                              as: UTF8.self)
            #expect(head.hasPrefix("HTTP/1.1 101"), "\(origin ?? "no Origin"): \(head)")
        }
        for origin in ["http://evil.example", "http://127.0.0.1:\(port &+ 1)", "null", "https://127.0.0.1:\(port)"] {
            let response = try httpExchange(port: port, handshake(origin: origin))
            #expect(response.status == 403, "\(origin)")
            #expect(response.text.contains("only accepts pages served by this exhibit serve"), "\(response.text)")
        }
    }

    @Test func oversizedRequestsAreRefusedAtOnce() throws {
        let refusals: [(String, String, Int)] = [
            ("a 64 KB header line", get("Host: 127.0.0.1\r\nX-Long: \(String(repeating: "a", count: 64 * 1024))\r\n"), 431),
            ("a 9 KB request line", get("Host: 127.0.0.1\r\n", path: "/" + String(repeating: "a", count: 9 * 1024)), 414),
            ("200 header lines", get("Host: 127.0.0.1\r\n" + (0..<200).map { "X-\($0): 1\r\n" }.joined()), 431),
            ("a 1 MB body", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1048576\r\n\r\n", 413),
        ]
        for (what, request, status) in refusals {
            let connection = try LoopbackConnection(port: port)
            let start = Date()
            let response = try httpExchange(on: connection, request, by: start.addingTimeInterval(10))
            #expect(response.status == status, "\(what)")
            // "At once" is before the rest of the request or the 30 s head timeout; the
            // margin is for a loaded machine, not a speed figure (1 ms here when idle).
            #expect(Date().timeIntervalSince(start) < 5, "\(what): answered after \(Date().timeIntervalSince(start)) s")
            #expect(connection.closes(by: Date().addingTimeInterval(5)), "\(what): the connection is closed")
        }
        #expect(try httpGet(port: port, "/").status == 200)
    }

    @Test func othersAreAnsweredWhileHugeRequestsArrive() throws {
        let huge = get("Host: 127.0.0.1\r\nX-Long: \(String(repeating: "a", count: 512 * 1024))\r\n")
        let statuses = Mutex<[Int]>([])
        let senders = DispatchGroup()
        let port = port
        for _ in 0..<3 {
            DispatchQueue.global().async(group: senders) {
                let status = (try? httpExchange(port: port, huge, timeout: 15))?.status ?? 0
                statuses.withLock { $0.append(status) }
            }
        }
        Thread.sleep(forTimeInterval: 0.3)
        let start = Date()
        let page = try httpGet(port: port, "/cases/", timeout: 5)
        #expect(page.status == 200)
        // Before the front door this got no answer in 10 s; 1 ms when idle.
        #expect(Date().timeIntervalSince(start) < 5, "answered after \(Date().timeIntervalSince(start)) s")
        #expect(senders.wait(timeout: .now() + 20) == .success)
        #expect(statuses.withLock { $0 } == [431, 431, 431])
        #expect(try httpGet(port: port, "/", timeout: 5).status == 200, "and still answering afterwards")
    }
}
