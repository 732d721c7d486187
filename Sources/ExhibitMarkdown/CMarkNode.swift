import CCMarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A borrowed view of one cmark node, valid only while its `ParsedTree` lives.
///
/// Wraps the handful of C accessors the module needs so the rest of the code reads as
/// Swift; nothing of this type leaves the module.
struct CMarkNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }

    /// Whether the node is a block (paragraph, table cell…) rather than an inline.
    var isBlock: Bool {
        (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }

    /// Whether the node comes from a syntax extension (table, strikethrough, task list):
    /// their type numbers are assigned after cmark's own, which end with footnotes.
    var isExtension: Bool {
        let value = type.rawValue & UInt32(CMARK_NODE_VALUE_MASK)
        let lastCore = isBlock ? CMARK_NODE_FOOTNOTE_DEFINITION.rawValue : CMARK_NODE_FOOTNOTE_REFERENCE.rawValue
        return value > (lastCore & UInt32(CMARK_NODE_VALUE_MASK))
    }

    /// Whether the type's name is `name`: the only way to recognise extension nodes such
    /// as `table_cell`, whose type numbers are assigned at registration time. Compared
    /// where cmark keeps the name: made into a `String` for every list item and table
    /// cell, it was 200 instructions a node.
    func isNamed(_ name: StaticString) -> Bool {
        guard let type = cmark_node_get_type_string(pointer) else { return false }
        let count = name.utf8CodeUnitCount
        return name.utf8Start.withMemoryRebound(to: CChar.self, capacity: count) { strncmp(type, $0, count) == 0 }
            && type[count] == 0
    }

    var literal: String? {
        guard let value = cmark_node_get_literal(pointer) else { return nil }
        return String(cString: value)
    }

    /// `body` of the literal's UTF-8, where cmark holds it; nil without a literal.
    func withLiteralBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let value = cmark_node_get_literal(pointer) else { return nil }
        return value.withMemoryRebound(to: UInt8.self, capacity: 1) { body(UnsafeBufferPointer(start: $0, count: strlen(value))) }
    }

    func setLiteral(_ value: String) {
        cmark_node_set_literal(pointer, value)
    }

    var url: String {
        guard let value = cmark_node_get_url(pointer) else { return "" }
        return String(cString: value)
    }

    func setURL(_ value: String) {
        cmark_node_set_url(pointer, value)
    }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }

    var firstChild: CMarkNode? { cmark_node_first_child(pointer).map(CMarkNode.init) }
}
