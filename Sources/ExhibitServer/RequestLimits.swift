/// How much of a request `serve` reads before it must have seen the whole head. A
/// browser's requests are far below these; anything above is refused at once, without
/// being read further.
public struct RequestLimits: Equatable, Sendable {
    /// The request line (`GET /cases/x/ HTTP/1.1`), in bytes; above it, 414.
    public var requestLine = 8 * 1024
    /// All header lines together, in bytes; above it, 431.
    public var headers = 32 * 1024
    /// How many header lines; above it, 431.
    public var headerCount = 100
    /// A request body (the site only answers GET and HEAD), in bytes; above it, 413.
    public var body = 1024
    /// How long a client may take to send a whole request head, so that one sending a
    /// byte now and then cannot hold a connection forever; then 408.
    public var headTimeout: Duration = .seconds(30)

    public init() {}

    public static let standard = RequestLimits()
}
