/// A Mustache tag with its place in the file, as the checker needs it.
///
/// swift-mustache keeps its parsed tokens internal and without positions, so the checker
/// scans tags itself; rendering stays with swift-mustache.
struct TemplateToken: Equatable {
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiters, pragma
    }
    var kind: Kind
    var name: String
    var line: Int
    var column: Int
}
