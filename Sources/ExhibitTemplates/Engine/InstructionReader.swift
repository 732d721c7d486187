/// The reading of one template by `InstructionParser`, in units of `Unit`: `Character`s
/// as swift-mustache reads them, or `Unicode.Scalar`s when each character of the template
/// is one scalar (nearly every template), which then read the same.
struct InstructionReader<Unit: TemplateUnit> {
    typealias Failure = InstructionParser.Failure

    let chars: [Unit]
    var pos = 0

    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var inDefinition = false
        var atDefinitionTop = false
        var open: [Unit] = ["{", "{"]
        var close: [Unit] = ["}", "}"]
        var definitionIndent: Int?
    }

    init(chars: [Unit]) { self.chars = chars }

    mutating func parse() throws(Failure) -> [Instruction] { try parse(State()) }

    var atEnd: Bool { pos == chars.count }
    var current: Unit { atEnd ? "\0" : chars[pos] }
    func fail() -> Failure { Failure(offset: pos) }

    @discardableResult
    mutating func read(while test: (Unit) -> Bool) -> [Unit] {
        let start = pos
        while !atEnd, test(chars[pos]) { pos += 1 }
        return Array(chars[start..<pos])
    }

    /// Reads `string` if it is next. Fewer characters left than it has is an error, as
    /// in swift-mustache (a template ending in one `{`).
    mutating func read(_ string: [Unit]) throws(Failure) -> Bool {
        guard !string.isEmpty else { return true }
        guard chars.count - pos >= string.count else { throw fail() }
        guard chars[pos..<pos + string.count].elementsEqual(string) else { return false }
        pos += string.count
        return true
    }

    mutating func read(_ char: Unit) throws(Failure) -> Bool {
        guard !atEnd else { throw fail() }
        guard chars[pos] == char else { return false }
        pos += 1
        return true
    }

    private mutating func parse(_ start: State) throws(Failure) -> [Instruction] {
        var tokens: [Instruction] = []
        var state = start
        var whitespace: [Unit] = []
        func text(_ characters: [Unit]) -> Instruction { .text(Unit.utf8(characters)) }
        while !atEnd {
            if state.newLine {
                let leading = read(while: InstructionParser.spaceOrTab.contains)
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
                    indentation = Unit.utf8(whitespace)
                }
                tokens.append(InstructionParser.include(name, dynamic: dynamic, indentation: indentation, overrides: nil))
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
                tokens.append(InstructionParser.include(name, dynamic: dynamic, indentation: Unit.utf8(whitespace), overrides: overrides))
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
                    tokens.append(.blockExpansion(name, children, indentation: Unit.utf8(whitespace)))
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
