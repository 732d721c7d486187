import Foundation

extension String {
    /// The white space `trimmed` removes: Foundation's sets of the same names.
    public enum Trim: Sendable {
        case whitespaces, whitespacesAndNewlines

        var set: CharacterSet { self == .whitespaces ? .whitespaces : .whitespacesAndNewlines }
    }

    /// `trimmingCharacters(in:)`, answered without Foundation when neither end can be
    /// white space, which is nearly every value: on Linux the call bridges to NSString and
    /// builds a new String from UTF-16 (a metric's unit and label, a date, a link, each
    /// case's tags), about 3 % of a build's CPU before the first check. Asking
    /// `CharacterSet.contains` of both ends was still 0.5 % of a 10,000-case build: ends
    /// that are ASCII letters, digits or punctuation, CJK ideographs or full-width forms
    /// (no white space is among them) are told apart without it.
    public func trimmed(_ trim: Trim = .whitespaces) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if Self.isPlainlyVisible(first) && Self.isPlainlyVisible(last) { return self }
        let set = trim.set
        if !set.contains(first) && !set.contains(last) { return self }
        return trimmingCharacters(in: set)
    }

    private static func isPlainlyVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}

extension String {
    /// The text on one line: each line or paragraph separator (U+2028, U+2029) made a
    /// space. Text pasted from Word or a PDF carries them unseen, and Chromium breaks a
    /// line at them, so a title with one stood on two lines in its heading, its card and
    /// the booklet. For YAML texts and their single values, each one line wherever shown.
    public func oneLine() -> String {
        // Both are E2 80 A8 or A9, looked for with `memchr` from one E2 to the next: text
        // with neither passes without a copy.
        let found = withBytes { bytes in
            var at = 0
            while let lead = bytes.offset(of: 0xE2, from: at) {
                if lead + 2 < bytes.count, bytes[lead + 1] == 0x80, bytes[lead + 2] | 1 == 0xA9 { return true }
                at = lead + 1
            }
            return false
        }
        guard found else { return self }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: unicodeScalars.lazy.map { Self.isLineSeparator($0) ? " " : $0 })
        return String(out)
    }

    private static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// The name as the site groups and shows it (a tag, an organization, a partner, a
    /// metric's label or unit): without zero-width spaces, word joiners and byte-order
    /// marks anywhere, and without white space (`White_Space`: ASCII and full-width
    /// spaces, no-break spaces, line breaks) at either end.
    ///
    /// Text pasted from Word, WeChat or a web editor carries them unseen: `农学院` and
    /// `农学院` + U+FEFF were two organizations with one name on every page, and the home
    /// page counted both. The set is written out rather than taken from Foundation, whose
    /// `.whitespaces` holds U+200B on Linux but not on macOS: a site builds the same on both.
    public func cleanedName() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        // Every zero-width character here is encoded from a lead byte E2 or EF; Chinese
        // text (E3–E9) and ASCII skip the copy. The bytes are read in place: through the
        // UTF-8 view's indices the look was 500 instructions a name.
        if !Self.isNameSpace(first) && !Self.isNameSpace(last) && !withBytes({ $0.contains { $0 == 0xE2 || $0 == 0xEF } }) {
            return self
        }
        var scalars = Array(unicodeScalars.lazy.filter { !Self.isZeroWidth($0) })
        while let end = scalars.last, Self.isNameSpace(end) { scalars.removeLast() }
        let start = scalars.firstIndex { !Self.isNameSpace($0) } ?? scalars.endIndex
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start...])
        return String(out)
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{200B}" || scalar == "\u{2060}" || scalar == "\u{FEFF}"
    }

    /// ASCII and Han (the first and last characters of nearly every name) answered here:
    /// the property's table lookup, for two characters of every label, unit, tag and
    /// organization, was 8 million instructions at 1,000 cases.
    private static func isNameSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x3400 && v <= 0x9FFF { return false }
        return scalar.properties.isWhitespace
    }
}
