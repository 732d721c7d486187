/// Parses a template into `Instruction`s with exactly the whitespace rules of
/// swift-mustache 2.x, which themes were written against and which stays the oracle
/// (`EngineDifferentialTests` renders with both and compares bytes).
///
/// swift-mustache's own tokens are internal, so this follows its parser's rules on
/// `Character`s as it does: which tags stand alone on their line (and take the line's
/// whitespace and line break with them), the indentation of standalone partials, the
/// whitespace of block definitions inside `{{<parent}}`, set delimiters lasting until the
/// end of their section. Templates reach it only after swift-mustache has accepted them
/// (`Theme.init`), so its errors only have to say that something is wrong.
struct InstructionParser {
    struct Failure: Error, Equatable { var offset: Int }

    private let chars: [Character]
    private var pos = 0

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var inDefinition = false
        var atDefinitionTop = false
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
        var definitionIndent: Int?
    }

    static func parse(_ text: String) throws(Failure) -> [Instruction] {
        var parser = InstructionParser(chars: Array(text))
        return try parser.parse(State())
    }

    private init(chars: [Character]) { self.chars = chars }

    private var atEnd: Bool { pos == chars.count }
    private var current: Character { atEnd ? "\0" : chars[pos] }
    private func fail() -> Failure { Failure(offset: pos) }

    private static let spaceOrTab: Set<Character> = [" ", "\t"]
    private static let nameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharsWithBrackets = nameChars.union(["(", ")"])
    private static let partialNameChars = nameCharsWithBrackets.union(["/"])

    @discardableResult
    private mutating func read(while test: (Character) -> Bool) -> [Character] {
        let start = pos
        while !atEnd, test(chars[pos]) { pos += 1 }
        return Array(chars[start..<pos])
    }

    /// Reads `string` if it is next. Fewer characters left than it has is an error, as
    /// in swift-mustache (a template ending in one `{`).
    private mutating func read(_ string: [Character]) throws(Failure) -> Bool {
        guard !string.isEmpty else { return true }
        guard chars.count - pos >= string.count else { throw fail() }
        guard Array(chars[pos..<pos + string.count]) == string else { return false }
        pos += string.count
        return true
    }

    private mutating func read(_ char: Character) throws(Failure) -> Bool {
        guard !atEnd else { throw fail() }
        guard chars[pos] == char else { return false }
        pos += 1
        return true
    }

    private mutating func parse(_ start: State) throws(Failure) -> [Instruction] {
        var tokens: [Instruction] = []
        var state = start
        var whitespace: [Character] = []
        func text(_ characters: [Character]) -> Instruction { .text(Array(String(characters).utf8)) }
        while !atEnd {
            if state.newLine {
                let leading = read(while: Self.spaceOrTab.contains)
                if state.inDefinition && !state.atDefinitionTop {
                    // Block bodies inside `{{<parent}}` lose the indentation of their first line.
                    if let indent = state.definitionIndent { whitespace = Array(leading.dropFirst(indent)) }
                    else { state.definitionIndent = leading.count }
                } else {
                    whitespace = leading
                }
            }
            let plain = try readText(state)
            if current.isNewline {
                tokens.append(text(whitespace + plain + [current]))
                state.newLine = true
                pos += 1
                continue
            }
            if !plain.isEmpty {
                tokens.append(text(whitespace + plain))
                whitespace = []
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            func flushWhitespace() {
                if !whitespace.isEmpty { tokens.append(text(whitespace)); whitespace = [] }
            }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                pos += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhitespace() }
                var inner = state
                inner.sectionName = name
                inner.sectionTransforms = transforms
                inner.atDefinitionTop = false
                if !setNewLine { inner.newLine = false }
                let children = try parse(inner)
                let path = ValuePath(name: name, transforms: transforms)
                tokens.append(inverted ? .inverted(path, children) : .section(path, children))
            case "/":
                pos += 1
                let at = pos
                let (name, transforms) = try parseName(state)
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Failure(offset: at) }
                if !isStandalone(state) { flushWhitespace() }
                return tokens
            case "!":
                pos += 1
                try skipComment(state)
                setNewLine = isStandalone(state)
            case "{", "&":
                let triple = current == "{"
                flushWhitespace()
                pos += 1
                let (name, transforms) = try parseName(state)
                if triple { guard try read("}") else { throw fail() } }
                tokens.append(.variable(ValuePath(name: name, transforms: transforms), escaped: false))
            case ">":
                pos += 1
                read(while: \.isWhitespace)
                let dynamic = current == "*"
                if dynamic { pos += 1 }
                let name = try parsePartialName(state)
                if !whitespace.isEmpty { tokens.append(text(whitespace)) }
                var indentation: [UInt8]?
                if isStandalone(state) {
                    setNewLine = true
                    indentation = Array(String(whitespace).utf8)
                }
                tokens.append(dynamic
                    ? .dynamicPartial(ValuePath(name: name, transforms: []), indentation: indentation, overrides: nil)
                    : .partial(name, indentation: indentation, overrides: nil))
                whitespace = []
            case "<":
                pos += 1
                read(while: \.isWhitespace)
                let written = try parsePartialName(state)
                let dynamic = written.first == "*"
                let name = dynamic ? String(written.dropFirst()) : written
                if !whitespace.isEmpty { tokens.append(text(whitespace)) }
                if isStandalone(state) { setNewLine = true }
                var inner = state
                inner.sectionName = written
                inner.sectionTransforms = []
                inner.newLine = true
                inner.inDefinition = true
                inner.atDefinitionTop = true
                var overrides: [String: [Instruction]] = [:]
                for token in try parse(inner) {
                    switch token {
                    case .blockDefinition(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw fail()
                    }
                }
                let indentation = Array(String(whitespace).utf8)
                tokens.append(dynamic
                    ? .dynamicPartial(ValuePath(name: name, transforms: []), indentation: indentation, overrides: overrides)
                    : .partial(name, indentation: indentation, overrides: overrides))
                whitespace = []
            case "$":
                pos += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else { throw fail() }
                let definition = state.atDefinitionTop
                if !definition, !whitespace.isEmpty { tokens.append(text(whitespace)) }
                if isStandalone(state) { setNewLine = true }
                var inner = state
                inner.sectionName = name
                inner.sectionTransforms = []
                inner.atDefinitionTop = false
                if !setNewLine { inner.newLine = false }
                let children = try parse(inner)
                if definition {
                    tokens.append(.blockDefinition(name, children))
                } else {
                    tokens.append(.blockExpansion(name, children, indentation: Array(String(whitespace).utf8)))
                    whitespace = []
                }
            case "=":
                pos += 1
                try setDelimiters(&state)
                setNewLine = isStandalone(state)
            case "%":
                pos += 1
                if let token = try readPragma(state) { tokens.append(token) }
                setNewLine = isStandalone(state)
            default:
                flushWhitespace()
                let (name, transforms) = try parseName(state)
                tokens.append(.variable(ValuePath(name: name, transforms: transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw fail() }
        return tokens
    }
}

extension InstructionParser {
    /// Text up to a line break (not read) or the opening delimiter (read).
    private mutating func readText(_ state: State) throws(Failure) -> [Character] {
        guard let first = state.open.first else { return [] }
        var text: [Character] = []
        while !atEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != first }
            if current.isNewline { break }
            if current == first {
                if try read(state.open) { break }
                text.append(first)
                pos += 1
            }
        }
        return text
    }

    /// A tag alone on its line, when the line ends right after it: the line's break goes
    /// with it. swift-mustache ends a line at any `Character.isNewline`, or at the end.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var ahead = pos
        while ahead < chars.count, Self.spaceOrTab.contains(chars[ahead]) { ahead += 1 }
        guard ahead < chars.count, chars[ahead].isNewline else { return false }
        pos = ahead + 1
        return true
    }

    /// A name and its transforms: `a(b(name))` is `("name", ["a", "b"])`.
    private mutating func parseName(_ state: State) throws(Failure) -> (String, [String]) {
        read(while: \.isWhitespace)
        let text = read(while: Self.nameCharsWithBrackets.contains)
        read(while: \.isWhitespace)
        guard try read(state.close) else { throw fail() }
        guard let open = text.firstIndex(where: { !Self.nameChars.contains($0) }) else { return (String(text), []) }
        guard text[open] == "(" else { throw fail() }
        var transforms = [String(text[..<open])]
        var i = open + 1
        while true {
            let start = i
            while i < text.count, Self.nameChars.contains(text[i]) { i += 1 }
            let name = String(text[start..<i])
            guard i < text.count else { throw fail() }
            if text[i] == "(" { transforms.append(name); i += 1; continue }
            guard text[i] == ")" else { throw fail() }
            i += 1
            var closing = 0
            while i < text.count, text[i] == ")" { closing += 1; i += 1 }
            guard closing + 1 == transforms.count, i == text.count else { throw fail() }
            return (name, transforms)
        }
    }

    private mutating func parsePartialName(_ state: State) throws(Failure) -> String {
        read(while: \.isWhitespace)
        let text = read(while: Self.partialNameChars.contains)
        read(while: \.isWhitespace)
        guard try read(state.close) else { throw fail() }
        return String(text)
    }

    /// Skips to the end of a comment. Matches the closing delimiter as swift-mustache
    /// does, without stepping back after a partial match (`%%>` does not close `%>`).
    private mutating func skipComment(_ state: State) throws(Failure) {
        let close = state.close
        guard !close.isEmpty else { return }
        let start = pos
        var matched = 0
        while !atEnd {
            if chars[pos] == close[matched] {
                matched += 1
                if matched == close.count { pos += 1; return }
            } else {
                matched = 0
            }
            pos += 1
        }
        pos = start
        throw fail()
    }

    private mutating func setDelimiters(_ state: inout State) throws(Failure) {
        read(while: \.isWhitespace)
        let open = read { !$0.isWhitespace }
        guard !atEnd else { throw fail() }
        read(while: \.isWhitespace)
        let close = read { $0 != "=" && !$0.isWhitespace }
        guard !atEnd else { throw fail() }
        read(while: \.isWhitespace)
        guard try read("="), try read(state.close), !open.isEmpty, !close.isEmpty else { throw fail() }
        state.open = open
        state.close = close
        state.atDefinitionTop = false
    }

    /// `{{%CONTENT_TYPE:HTML}}` or `:TEXT`, the two types swift-mustache knows.
    private mutating func readPragma(_ state: State) throws(Failure) -> Instruction? {
        read(while: \.isWhitespace)
        let variable = String(read(while: Self.nameChars.contains))
        read(while: \.isWhitespace)
        guard try read(":") else { throw fail() }
        read(while: \.isWhitespace)
        let value = String(read(while: Self.nameChars.contains))
        read(while: \.isWhitespace)
        guard try read(state.close), variable == "CONTENT_TYPE" else { throw fail() }
        switch value {
        case "HTML": return .contentType(html: true)
        case "TEXT": return .contentType(html: false)
        default: throw fail()
        }
    }
}
