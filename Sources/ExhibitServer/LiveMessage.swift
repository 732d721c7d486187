import ExhibitCore
import Foundation

/// What the server tells open pages: `{"type":"reload"}`, or
/// `{"type":"error","diagnostics":[{path,line,column,severity,message,fix}]}`.
public enum LiveMessage: Equatable, Sendable {
    case reload
    case error([Diagnostic])

    struct Wire: Codable {
        struct Item: Codable {
            var path: String
            var line: Int
            var column: Int
            var severity: String
            var message: String
            var fix: String?
        }
        var type: String
        var diagnostics: [Item]?
    }

    /// The JSON text sent over the WebSocket.
    public var json: String {
        let wire: Wire
        switch self {
        case .reload:
            wire = Wire(type: "reload")
        case .error(let diagnostics):
            wire = Wire(type: "error", diagnostics: diagnostics.map {
                Wire.Item(path: $0.path, line: $0.line, column: $0.column, severity: $0.severity.rawValue,
                          message: $0.message, fix: $0.fix)
            })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(wire)) ?? Data(#"{"type":"reload"}"#.utf8), as: UTF8.self)
    }
}
