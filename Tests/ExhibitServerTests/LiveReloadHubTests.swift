import ExhibitCore
import ExhibitServer
import FlyingFox
import XCTest

final class LiveReloadHubTests: XCTestCase {
    private func firstMessage(_ stream: AsyncStream<WSMessage>) async -> WSMessage? {
        var iterator = stream.makeAsyncIterator()
        return await iterator.next()
    }

    func testEveryPageGetsTheBroadcast() async throws {
        let hub = LiveReloadHub()
        let (clientA, _) = AsyncStream<WSMessage>.makeStream()
        let (clientB, _) = AsyncStream<WSMessage>.makeStream()
        let a = try await hub.makeMessages(for: clientA)
        let b = try await hub.makeMessages(for: clientB)
        XCTAssertEqual(hub.connections, 2)
        hub.broadcast(.reload)
        let gotA = await firstMessage(a)
        let gotB = await firstMessage(b)
        XCTAssertEqual(gotA, .text(#"{"type":"reload"}"#))
        XCTAssertEqual(gotB, .text(#"{"type":"reload"}"#))
    }

    func testPageOpenedWhileTheSiteHasErrorsGetsThem() async throws {
        let hub = LiveReloadHub()
        let errors = LiveMessage.error([.error("content/cases/a.md", line: 3, "unknown category `x`")])
        hub.broadcast(errors)
        let (client, _) = AsyncStream<WSMessage>.makeStream()
        let late = await firstMessage(try await hub.makeMessages(for: client))
        XCTAssertEqual(late, .text(errors.json))
        hub.broadcast(.reload)
        let (client2, _) = AsyncStream<WSMessage>.makeStream()
        let stream = try await hub.makeMessages(for: client2)
        hub.broadcast(.reload)
        let fixed = await firstMessage(stream)
        XCTAssertEqual(fixed, .text(LiveMessage.reload.json), "no stale error after the site built again")
    }

    func testClosedPageIsForgotten() async throws {
        let hub = LiveReloadHub()
        let (client, continuation) = AsyncStream<WSMessage>.makeStream()
        let messages = try await hub.makeMessages(for: client)
        XCTAssertEqual(hub.connections, 1)
        continuation.finish()
        for _ in 0..<200 where hub.connections > 0 { try await Task.sleep(for: .milliseconds(5)) }
        XCTAssertEqual(hub.connections, 0)
        withExtendedLifetime(messages) {}
    }
}
