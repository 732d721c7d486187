import ExhibitText

/// Gives each heading an id that is stable (derived from its text) and unique in its page.
struct HeadingIDAllocator {
    private var used: Set<String>
    /// The next suffix to try per base id, so a thousand equal headings stay linear.
    private var nextSuffix: [String: Int] = [:]
    /// Slugs already made in this document: transliterating Chinese through ICU is by far
    /// the costliest step of rendering, and long documents repeat heading texts.
    private var slugs: [String: String] = [:]

    /// `reserved` are ids the page already uses (footnotes), which headings must avoid.
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// The id for the `ordinal`-th heading (1-based) with plain `text`: its slug, or
    /// `section-N` when the slug is empty (emoji, punctuation), then `-2`, `-3` on repeats.
    mutating func id(for text: String, ordinal: Int) -> String {
        var base: String
        if let known = slugs[text] {
            base = known
        } else {
            base = Slug.make(text)
            slugs[text] = base
        }
        if base.isEmpty { base = "section-\(ordinal)" }
        var candidate = base
        var suffix = nextSuffix[base] ?? 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        used.insert(candidate)
        return candidate
    }
}
