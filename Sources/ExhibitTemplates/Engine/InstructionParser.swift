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
enum InstructionParser {
    struct Failure: Error, Equatable { var offset: Int }

    static let spaceOrTab = ASCIISet(" \t")
    static let nameChars = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let nameCharsWithBrackets = nameChars.union("()")
    static let partialNameChars = nameCharsWithBrackets.union("/")

    /// A template whose characters are each one scalar (no CR LF, no combining mark, no
    /// emoji sequence) is read a scalar at a time, which every comparison the reading
    /// makes answers as it does of the characters: `Character`s, each a string of its own,
    /// made reading the built-in theme 2 % of a 1,000-case build's instructions. The
    /// offset of a failure is then in scalars, which are its characters.
    static func parse(_ text: String) throws(Failure) -> [Instruction] {
        let scalars = Array(text.unicodeScalars)
        if scalars.count == text.count {
            var reader = InstructionReader(chars: scalars)
            return try reader.parse()
        }
        var reader = InstructionReader(chars: Array(text))
        return try reader.parse()
    }

    /// `{{> name}}`, `{{>*name}}` (the partial a value names) or a parent with its blocks.
    static func include(_ name: String, dynamic: Bool, indentation: [UInt8]?,
                        overrides: [String: [Instruction]]?) -> Instruction {
        dynamic ? .dynamicPartial(ValuePath(name: name, transforms: []), indentation: indentation, overrides: overrides)
            : .partial(name, indentation: indentation, overrides: overrides)
    }
}
