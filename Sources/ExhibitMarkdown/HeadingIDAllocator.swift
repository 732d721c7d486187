import ExhibitText

/// Gives each heading an id that is stable (derived from its text) and unique in its page.
struct HeadingIDAllocator {
    /// Ids given so far or reserved: a page has a few headings (`SmallSet`).
    private var used = SmallSet<String>()
    /// The next suffix to try per base id that has been used, so a thousand equal
    /// headings stay linear.
    ///
    /// Slugs are not kept by heading text: made from `PinyinTable`, a slug costs less than
    /// looking up the Chinese text it is made from (hashed after Unicode normalisation),
    /// and the table of texts cost 5,000 instructions a heading.
    private var nextSuffix: [String: Int] = [:]

    /// `reserved` are ids the page already uses (footnotes), which headings must avoid.
    init(reserved: Set<String> = []) {
        for id in reserved { used.insert(id) }
    }

    /// The id for the `ordinal`-th heading (1-based) with plain `text`: its slug, or
    /// `section-N` when the slug is empty (emoji, punctuation), then `-2`, `-3` on repeats.
    mutating func id(for text: String, ordinal: Int) -> String {
        var base = Slug.make(text)
        if base.isEmpty { base = "section-\(ordinal)" }
        var candidate = base
        if !used.insert(candidate) {
            var suffix = nextSuffix[base] ?? 2
            repeat {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            } while !used.insert(candidate)
            nextSuffix[base] = suffix
        }
        return candidate
    }
}
