import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `exhibit serve` with few file descriptors: connections past what it can open wait or
/// are refused, and it goes on serving. Loopback only; every loop is bounded.
@Suite(.serialized)
final class ServeDescriptorLimitTests {
    let scratch: URL
    let site: URL
    let binary: URL

    struct Failure: Error, CustomStringConvertible { var description: String }

    init() throws {
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("exhibit-e2e-\(UUID().uuidString)").resolvingSymlinksInPath()
        site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Locations.repositoryRoot.appendingPathComponent(folder),
                                             to: site.appendingPathComponent(folder))
        }
        guard let found = Locations.exhibitBinary(near: Bundle(for: ServeTests.self)) else {
            throw Failure(description: "no `exhibit` binary beside the test bundle; run `swift build` first")
        }
        binary = found
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// 300 idle connections to a server limited to 128 descriptors (each proxied
    /// connection costs about three): before, `accept` failed with EMFILE and `serve` exited.
    @Test func aFloodOfIdleConnectionsPastTheDescriptorLimitIsSurvived() throws {
        let server = try ServeTests.Server(binary: binary, site: site, port: try ServeTests.freePort(),
                                           scratch: scratch, descriptors: 128)
        defer {
            if server.process.isRunning {
                server.process.terminate()
                server.process.waitUntilExit()
            }
        }
        guard server.waitUntilServing() else {
            throw Failure(description: "`exhibit serve` did not start:\n\(server.stdout)\n\(server.stderr)")
        }
        #expect(try httpGet(port: server.port, "/").status == 200)

        var flood: [LoopbackConnection] = []
        for _ in 0..<300 {
            // Refused: `serve` is gone (checked below).
            guard let connection = try? LoopbackConnection(port: server.port) else { break }
            flood.append(connection)
        }
        // Time for the server to accept what it can and meet the limit.
        Thread.sleep(forTimeInterval: 1.5)
        #expect(server.process.isRunning, "serve exited under the flood:\n\(server.stderr)")
        flood.removeAll()

        // The connections it held end with the flood's; then pages are served as before.
        let response = try httpGet(port: server.port, "/", timeout: 20)
        #expect(response.status == 200)
        #expect(response.text.contains("</html>"))
        #expect(server.process.isRunning, "\(server.stderr)")
        #expect(!server.stderr.contains("serve failed"), "\(server.stderr)")
    }
}
