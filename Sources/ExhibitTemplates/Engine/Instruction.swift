/// One step of a parsed template, as the renderer follows it.
///
/// The engine is the project's own (see `MustacheEngine`), so text is kept as the UTF-8
/// bytes it is written as, and names are split into their dotted parts once, at parse time.
indirect enum Instruction: Sendable, Equatable {
    case text([UInt8])
    case variable(ValuePath, escaped: Bool)
    case section(ValuePath, [Instruction])
    case inverted(ValuePath, [Instruction])
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}`: what the parent's block becomes.
    case blockDefinition(String, [Instruction])
    /// `{{$name}}default{{/name}}` in a template: the override of a child, or the default.
    case blockExpansion(String, [Instruction], indentation: [UInt8])
    /// `{{> name}}`, and `{{<name}}…{{/name}}` with its block overrides. `indentation` is
    /// set for a partial alone on its line: its later lines are indented as it is.
    case partial(String, indentation: [UInt8]?, overrides: [String: [Instruction]]?)
    /// `{{>*name}}`: the partial whose name is the value of `name`.
    case dynamicPartial(ValuePath, indentation: [UInt8]?, overrides: [String: [Instruction]]?)
    /// `{{%CONTENT_TYPE:TEXT}}`: whether later values of the same template are escaped.
    case contentType(html: Bool)
}

/// A name as a tag writes it: `case.cover`, `.`, `.title` (the innermost value only),
/// `uppercased(title)` (a transform), `first()` (the position in a list).
struct ValuePath: Sendable, Equatable {
    enum Root: Sendable, Equatable {
        /// `.`: the innermost value.
        case current
        /// `""` with transforms (`index()`): the position in the list being rendered.
        case position
        /// `.a.b`: `a` of the innermost value only.
        case innermost
        /// `a.b`: `a` of the innermost value that has one.
        case stack
    }
    var root: Root
    /// The dotted parts, empty ones left out as swift-mustache leaves them out.
    var parts: [String]
    /// Each part's number (`TemplateNames`), by which a `TemplateRecord` finds it.
    var ids: [Int32]
    /// Outermost first, as written: `a(b(x))` is `["a", "b"]`; `b` runs first.
    var transforms: [String]

    init(name: String, transforms: [String]) {
        self.transforms = transforms
        // Names are ASCII (`InstructionParser.nameChars`), so cut at the byte: as
        // `Character`s the split was 7,000 instructions a tag, 5 million a build.
        parts = name.utf8.split(separator: UInt8(ascii: ".")).map { String(Substring($0)) }
        ids = parts.map(TemplateNames.id)
        if name == "." { root = .current }
        else if name.isEmpty && !transforms.isEmpty { root = .position }
        else if name.first == "." { root = .innermost }
        else { root = .stack }
    }
}
