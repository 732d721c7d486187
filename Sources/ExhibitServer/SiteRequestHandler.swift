import FlyingFox
import Foundation

/// Answers a GET or HEAD for a site file from the last good state of the site: pretty
/// URLs to their `index.html`, `/cases/x` redirected to `/cases/x/`, the site's
/// `404.html` for what does not exist, and the live-reload script added to HTML pages.
public struct SiteRequestHandler: HTTPHandler {
    public let files: any SiteFileSource
    /// Whether to add the live-reload script to HTML.
    public let liveReload: Bool

    public init(files: any SiteFileSource, liveReload: Bool = true) {
        self.files = files
        self.liveReload = liveReload
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        response(method: request.method, target: request.target.rawValue)
    }

    /// The response to `method` on `target` (`/cases/x/?q=1`, still percent-encoded).
    public func response(method: HTTPMethod, target: String) -> HTTPResponse {
        guard method == .GET || method == .HEAD else {
            return plain(.methodNotAllowed, "only GET and HEAD\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        guard let path = RequestPath(target: target) else {
            return plain(.badRequest, "bad request path\n")
        }
        var result: HTTPResponse
        if let data = files.file(at: path.file) {
            result = page(.ok, path.file, data)
        } else if let index = path.folderIndex, files.file(at: index) != nil {
            let location = path.folderLocation + Self.query(of: target)
            result = plain(.movedPermanently, "moved to \(location)\n", extra: [.location: location])
        } else if let notFound = files.file(at: "404.html") {
            result = page(.notFound, "404.html", notFound)
        } else if let placeholder = placeholder(for: path) {
            result = placeholder
        } else {
            result = plain(.notFound, "not found\n")
        }
        if method == .HEAD { result.payload = .httpBody(HTTPBodySequence(data: Data())) }
        return result
    }

    /// The query of `target` (`?a=1`, or empty) to carry over into a redirect: a byte
    /// outside printable ASCII is percent-encoded, so the `Location` header stays one
    /// clean line.
    static func query(of target: String) -> String {
        guard let start = target.firstIndex(of: "?") else { return "" }
        let query = target[start...].prefix { $0 != "#" }
        var result = ""
        for byte in query.utf8 {
            if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    /// Before the site has ever built, an HTML page that shows the errors (they come
    /// over the WebSocket) and reloads once it builds. Its `data-exhibit-not-built` tells
    /// the overlay that there is no last good version under it.
    private func placeholder(for path: RequestPath) -> HTTPResponse? {
        guard liveReload, files.file(at: "index.html") == nil, ContentTypes.isHTML(path.file) else { return nil }
        let html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>exhibit serve</title></head>
            <body data-exhibit-not-built><p>The site has not built yet: see the errors in the terminal.</p></body></html>
            """
        return page(.serviceUnavailable, "index.html", Data(html.utf8))
    }

    private func page(_ status: HTTPStatusCode, _ file: String, _ data: Data) -> HTTPResponse {
        let type = ContentTypes.forPath(file)
        let body = liveReload && type == ContentTypes.html ? LiveReloadScript.inject(into: data) : data
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    private func plain(_ status: HTTPStatusCode, _ text: String, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }
}
