import Foundation

/// A request `serve` answers itself, with an error status and a one-line explanation,
/// and then closes the connection: what follows such a request cannot be trusted to
/// start a new one.
struct Refusal: Error, Equatable, Sendable {
    var status: Int
    var reason: String
    var message: String

    /// The whole response, headers and text.
    var response: Data {
        let body = Data((message + "\n").utf8)
        let head = "HTTP/1.1 \(status) \(reason)\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n"
            + "Connection: close\r\n\r\n"
        return Data(head.utf8) + body
    }

    static func badRequest(_ message: String) -> Refusal {
        Refusal(status: 400, reason: "Bad Request", message: message)
    }

    static func requestLineTooLong(_ limits: RequestLimits) -> Refusal {
        Refusal(status: 414, reason: "URI Too Long",
                message: "the request line is longer than \(limits.requestLine) bytes")
    }

    static func headersTooLarge(_ limits: RequestLimits) -> Refusal {
        Refusal(status: 431, reason: "Request Header Fields Too Large",
                message: "the request headers are larger than \(limits.headers) bytes")
    }

    static func tooManyHeaders(_ limits: RequestLimits) -> Refusal {
        Refusal(status: 431, reason: "Request Header Fields Too Large",
                message: "the request has more than \(limits.headerCount) header lines")
    }

    static func bodyTooLarge(_ limits: RequestLimits) -> Refusal {
        Refusal(status: 413, reason: "Content Too Large",
                message: "exhibit serve only answers GET and HEAD: a request body may have at most \(limits.body) bytes")
    }

    static let timedOut = Refusal(status: 408, reason: "Request Timeout",
                                  message: "the request head did not arrive in time")

    static let otherHost = Refusal(
        status: 421, reason: "Misdirected Request",
        message: "exhibit serve only answers requests for 127.0.0.1, localhost or [::1]; "
            + "this one named another host (as a web page using DNS rebinding would)")

    static func otherOrigin(port: UInt16) -> Refusal {
        Refusal(status: 403, reason: "Forbidden",
                message: "the live-reload socket only accepts pages served by this exhibit serve "
                    + "(Origin http://127.0.0.1:\(port) or http://localhost:\(port))")
    }

    static let unavailable = Refusal(status: 503, reason: "Service Unavailable",
                                     message: "exhibit serve is stopping")
}
