/// The tags of `InstructionParser`: names, partials, comments, delimiters, pragmas, and
/// which tags stand alone on their line.
extension InstructionReader {
    /// Text up to a line break (not read) or the opening delimiter (read).
    mutating func readText(_ state: State) throws(Failure) -> [Unit] {
        guard let first = state.open.first else { return [] }
        var text: [Unit] = []
        while !atEnd {
            text += read { $0 != "\n" && !$0.isCRLF && $0 != first }
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
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var ahead = pos
        while ahead < chars.count, InstructionParser.spaceOrTab.contains(chars[ahead]) { ahead += 1 }
        guard ahead < chars.count, chars[ahead].isNewline else { return false }
        pos = ahead + 1
        return true
    }

    /// A name and its transforms: `a(b(name))` is `("name", ["a", "b"])`.
    mutating func parseName(_ state: State) throws(Failure) -> (String, [String]) {
        read(while: \.isWhitespace)
        let text = read(while: InstructionParser.nameCharsWithBrackets.contains)
        read(while: \.isWhitespace)
        guard try read(state.close) else { throw fail() }
        guard let open = text.firstIndex(where: { !InstructionParser.nameChars.contains($0) }) else { return (Unit.string(text[...]), []) }
        guard text[open] == "(" else { throw fail() }
        var transforms = [Unit.string(text[..<open])]
        var i = open + 1
        while true {
            let start = i
            while i < text.count, InstructionParser.nameChars.contains(text[i]) { i += 1 }
            let name = Unit.string(text[start..<i])
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

    mutating func parsePartialName(_ state: State) throws(Failure) -> String {
        read(while: \.isWhitespace)
        let text = read(while: InstructionParser.partialNameChars.contains)
        read(while: \.isWhitespace)
        guard try read(state.close) else { throw fail() }
        return Unit.string(text[...])
    }

    /// Skips to the end of a comment. Matches the closing delimiter as swift-mustache
    /// does, without stepping back after a partial match (`%%>` does not close `%>`).
    mutating func skipComment(_ state: State) throws(Failure) {
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

    mutating func setDelimiters(_ state: inout State) throws(Failure) {
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
    mutating func readPragma(_ state: State) throws(Failure) -> Instruction? {
        read(while: \.isWhitespace)
        let variable = Unit.string(read(while: InstructionParser.nameChars.contains)[...])
        read(while: \.isWhitespace)
        guard try read(":") else { throw fail() }
        read(while: \.isWhitespace)
        let value = Unit.string(read(while: InstructionParser.nameChars.contains)[...])
        read(while: \.isWhitespace)
        guard try read(state.close), variable == "CONTENT_TYPE" else { throw fail() }
        switch value {
        case "HTML": return .contentType(html: true)
        case "TEXT": return .contentType(html: false)
        default: throw fail()
        }
    }
}
