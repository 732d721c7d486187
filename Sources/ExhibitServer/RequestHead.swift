/// A request line and its header fields, read by `serve`'s front door from the bytes a
/// client sent, in one pass and within `RequestLimits`.
struct RequestHead: Equatable, Sendable {
    var method: String
    var target: String
    var version: String
    /// The fields in the order sent, names lowercased.
    var fields: [(name: String, value: String)]

    /// Every value sent for the field `name` (lowercase).
    func values(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    static func == (a: RequestHead, b: RequestHead) -> Bool {
        a.method == b.method && a.target == b.target && a.version == b.version
            && a.fields.map(\.name) == b.fields.map(\.name) && a.fields.map(\.value) == b.fields.map(\.value)
    }

    /// What the bytes received so far hold.
    enum Scan: Equatable, Sendable {
        /// Not yet a whole head, and nothing over the limits.
        case incomplete
        /// A head, which took the first `length` bytes.
        case complete(RequestHead, length: Int)
        case refused(Refusal)
    }

    /// Reads a head from the start of `bytes`. Each byte is looked at a bounded number
    /// of times, and a line over the limits is refused as soon as that many bytes are
    /// there, so a client cannot make this slow or make `serve` hold much.
    static func scan(_ bytes: [UInt8], limits: RequestLimits) -> Scan {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        // An empty line or two before a request is allowed (RFC 9112 §2.2).
        var start = 0
        while start < bytes.count, bytes[start] == cr || bytes[start] == lf {
            start += 1
            if start > 4 { return .refused(.badRequest("the request does not start with a request line")) }
        }
        guard let lineEnd = bytes[start...].firstIndex(of: lf) else {
            return bytes.count - start > limits.requestLine ? .refused(.requestLineTooLong(limits)) : .incomplete
        }
        let requestLine = bytes[start..<lineEnd].last == cr ? bytes[start..<(lineEnd - 1)] : bytes[start..<lineEnd]
        if requestLine.count > limits.requestLine { return .refused(.requestLineTooLong(limits)) }
        let (method, target, version): (String, String, String)
        switch parseRequestLine(requestLine) {
        case .success(let parts): (method, target, version) = parts
        case .failure(let refusal): return .refused(refusal)
        }

        let headersStart = lineEnd + 1
        var fields: [(name: String, value: String)] = []
        var position = headersStart
        while true {
            guard let end = bytes[position...].firstIndex(of: lf) else {
                return bytes.count - headersStart > limits.headers ? .refused(.headersTooLarge(limits)) : .incomplete
            }
            if end + 1 - headersStart > limits.headers { return .refused(.headersTooLarge(limits)) }
            let line = bytes[position..<end].last == cr ? bytes[position..<(end - 1)] : bytes[position..<end]
            position = end + 1
            if line.isEmpty {
                return .complete(RequestHead(method: method, target: target, version: version, fields: fields),
                                 length: position)
            }
            if fields.count == limits.headerCount { return .refused(.tooManyHeaders(limits)) }
            switch parseField(line) {
            case .success(let field): fields.append(field)
            case .failure(let refusal): return .refused(refusal)
            }
        }
    }

    /// `METHOD SP target SP HTTP/1.x`, each part plain printable ASCII.
    private static func parseRequestLine(_ line: ArraySlice<UInt8>) -> Result<(String, String, String), Refusal> {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            return .failure(.badRequest("the request line is not `METHOD /path HTTP/1.1`"))
        }
        guard parts[0].allSatisfy(isTokenByte) else { return .failure(.badRequest("the request method is not a plain word")) }
        guard parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(.badRequest("the request path has spaces, control characters or non-ASCII bytes: percent-encode them"))
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .failure(version.hasPrefix("HTTP/")
                ? Refusal(status: 505, reason: "HTTP Version Not Supported", message: "exhibit serve speaks HTTP/1.1 and HTTP/1.0")
                : .badRequest("the request line does not end with HTTP/1.1"))
        }
        return .success((String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), version))
    }

    /// `name: value`: no space before the colon, no folded (continued) lines, no control
    /// characters in the value (RFC 9112 §5).
    private static func parseField(_ line: ArraySlice<UInt8>) -> Result<(name: String, value: String), Refusal> {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
              line[..<colon].allSatisfy(isTokenByte) else {
            return .failure(.badRequest("a header line is not `Name: value`"))
        }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard !value.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else {
            return .failure(.badRequest("a header value holds a control character"))
        }
        return .success((String(decoding: line[..<colon], as: UTF8.self).lowercased(), String(decoding: value, as: UTF8.self)))
    }

    /// RFC 9110 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            true
        default:
            Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
