@testable import ExhibitServer
import Foundation
import Testing

/// What the front door passes on to FlyingFox, and what it refuses itself.
struct ForwardedRequestTests {
    static let key = Data((0..<16).map { UInt8($0) }).base64EncodedString()

    func forward(_ text: String, port: UInt16 = 1313) throws(Refusal) -> ForwardedRequest {
        guard case .complete(let head, _) = RequestHead.scan(Array(text.utf8), limits: .standard) else {
            throw .badRequest("test head not read")
        }
        return try ForwardedRequest(head, port: port, limits: .standard)
    }

    func status(_ text: String) -> Int? {
        do { _ = try forward(text) } catch { return error.status }
        return nil
    }

    func handshake(origin: String?, extra: String = "") -> String {
        "GET /__exhibit/live HTTP/1.1\r\nHost: 127.0.0.1:1313\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: \(Self.key)\r\nSec-WebSocket-Version: 13\r\n"
            + (origin.map { "Origin: \($0)\r\n" } ?? "") + extra + "\r\n"
    }

    @Test func onlyTheFieldsTheHandlersUseArePassedOn() throws {
        let request = try forward("GET /cases/x/?q=1 HTTP/1.1\r\nHost: localhost:1313\r\nCookie: "
                                  + String(repeating: "c", count: 20_000) + "\r\nConnection: keep-alive, close\r\n"
                                  + "Origin: http://evil.example\r\nUpgrade: h2c\r\n\r\n")
        #expect(String(decoding: request.head, as: UTF8.self)
                == "GET /cases/x/?q=1 HTTP/1.1\r\nHost: localhost:1313\r\nConnection: close\r\n\r\n")
        #expect(!request.upgrades && request.bodyLength == 0)
        let old = try forward("GET / HTTP/1.0\r\n\r\n")
        #expect(String(decoding: old.head, as: UTF8.self) == "GET / HTTP/1.0\r\n\r\n", "no Host: an HTTP/1.0 tool")
    }

    @Test func anotherHostIsRefused() {
        #expect(status("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n") == 421)
        #expect(status("GET / HTTP/1.1\r\nHost: 127.0.0.1.nip.io:1313\r\n\r\n") == 421)
        #expect(status("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n") == 400)
    }

    @Test func bodiesAreSmallOrRefused() throws {
        #expect(status("POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n") == 413)
        #expect(status("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") == 413)
        #expect(status("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") == 413)
        #expect(status("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") == 400)
        let small = try forward("POST / HTTP/1.1\r\nContent-Length: 1024\r\n\r\n")
        #expect(small.bodyLength == 1024)
        #expect(String(decoding: small.head, as: UTF8.self).hasSuffix("Content-Length: 1024\r\n\r\n"))
    }

    @Test func theLiveSocketOpensOnlyForThisServersPages() throws {
        for origin in [nil, "http://127.0.0.1:1313", "http://localhost:1313"] {
            let request = try forward(handshake(origin: origin))
            #expect(request.upgrades, "\(origin ?? "no origin")")
            #expect(String(decoding: request.head, as: UTF8.self) == "GET /__exhibit/live HTTP/1.1\r\nHost: 127.0.0.1:1313\r\n"
                    + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: \(Self.key)\r\nSec-WebSocket-Version: 13\r\n\r\n")
        }
        for origin in ["http://evil.example", "http://127.0.0.1:1314", "null"] {
            #expect(status(handshake(origin: origin)) == 403, "\(origin)")
        }
        #expect(status(handshake(origin: "http://127.0.0.1:1313", extra: "Origin: http://evil.example\r\n")) == 403)
    }

    @Test func anIncompleteHandshakeIsRefusedNotPassedOn() {
        let good = handshake(origin: nil)
        #expect(status(good.replacingOccurrences(of: "Version: 13", with: "Version: 8")) == 400)
        #expect(status(good.replacingOccurrences(of: Self.key, with: "c2hvcnQ=")) == 400)
        #expect(status(good.replacingOccurrences(of: "Connection: Upgrade", with: "Connection: keep-alive")) == 400)
        #expect(status(good.replacingOccurrences(of: "GET", with: "POST")) == 400)
        #expect(status(good.replacingOccurrences(of: "Host: 127.0.0.1:1313\r\n", with: "")) == 400)
    }

    @Test func upgradesElsewhereAreIgnored() throws {
        let other = try forward(handshake(origin: "http://evil.example").replacingOccurrences(of: "/__exhibit/live", with: "//__exhibit/live"))
        #expect(!other.upgrades)
        #expect(!String(decoding: other.head, as: UTF8.self).lowercased().contains("upgrade"))
        let encoded = try forward(handshake(origin: nil).replacingOccurrences(of: "/__exhibit/live", with: "/__exhibit/%6Cive"))
        #expect(!encoded.upgrades)
    }
}
