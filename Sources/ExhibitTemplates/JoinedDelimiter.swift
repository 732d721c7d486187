import ExhibitText

/// A tag's delimiter that a following scalar joins into one character (`}}` + U+0301):
/// Mustache, which reads characters, no longer sees the delimiter there.
struct JoinedDelimiter {
    var delimiter: String
    var mark: Unicode.Scalar
    /// Whether the mark follows the opening delimiter (`{{` + mark), not the closing one.
    var opening: Bool

    func problem(path: String, line: Int, column: Int) -> TemplateProblem {
        let code = InvisibleCharacters.name(mark)
        let named = code + (mark.properties.name.map { " \($0)" } ?? "")
        // A combining mark is meant to accent a letter; a joiner or a variation selector
        // (a nonspacing mark to Unicode too) is invisible, and usually came with pasted text.
        let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(mark.properties.generalCategory)
            && !mark.properties.isVariationSelector
        let what = isMark ? named : "the invisible \(named)"
        let fix = opening ? "remove the \(isMark ? "mark" : "character") from the start of the tag"
            : isMark ? "write an accented letter as one character (é, not e followed by \(code)), or put a space between `\(delimiter)` and the mark"
            : "delete the invisible character (copy the text again without it), or put a space between `\(delimiter)` and it"
        return TemplateProblem(path: path, line: line, column: column,
            message: "\(what) directly after `\(delimiter)` joins it into one character, so Mustache does not see the tag \(opening ? "open" : "close")",
            fix: fix)
    }
}
