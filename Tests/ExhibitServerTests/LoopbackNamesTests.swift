@testable import ExhibitServer
import Testing

struct LoopbackNamesTests {
    @Test func loopbackHostsAreAccepted() {
        for host in ["127.0.0.1", "127.0.0.1:1313", "localhost", "LocalHost:1313", "[::1]", "[::1]:8080", "localhost:65535"] {
            #expect(LoopbackNames.isLoopbackHost(host), "\(host)")
        }
    }

    @Test func otherHostsAreRefused() {
        for host in ["evil.example", "evil.example:1313", "127.0.0.1.evil.example", "localhost.evil.example",
                     "localhost.", "127.0.0.2", "0.0.0.0", "::1", "[::1", "localhost:", "localhost:65536",
                     "localhost:1313:1313", "localhost:+1", "localhost:123456", "", "127.0.0.1 ", "evil@127.0.0.1"] {
            #expect(!LoopbackNames.isLoopbackHost(host), "\(host)")
        }
    }

    @Test func onlyThisServersPagesAreSameOrigin() {
        for origin in ["http://127.0.0.1:1313", "http://localhost:1313", "http://[::1]:1313", "HTTP://LOCALHOST:1313"] {
            #expect(LoopbackNames.isSameOrigin(origin, port: 1313), "\(origin)")
        }
        for origin in ["http://evil.example", "http://127.0.0.1:1314", "http://127.0.0.1", "https://127.0.0.1:1313",
                       "null", "", "http://127.0.0.1:1313/", "http://localhost:1313.evil.example", "file://"] {
            #expect(!LoopbackNames.isSameOrigin(origin, port: 1313), "\(origin)")
        }
        #expect(LoopbackNames.isSameOrigin("http://localhost", port: 80))
    }
}
