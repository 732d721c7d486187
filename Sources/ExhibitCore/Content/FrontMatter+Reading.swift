import ExhibitText

extension FrontMatter {
    /// The opening of every reader of a Markdown file with front matter (cases, free
    /// pages): split and parse `text`, and a `FieldReader` placed at the YAML's lines.
    /// On failure, the one diagnostic that says why the file cannot be read at all.
    static func reader(for text: String, path: String) -> Result<(FrontMatter, FieldReader), Diagnostic> {
        FrontMatter.parse(text, path: path).map { ($0, FieldReader(path: path, lineOffset: $0.yamlLineOffset)) }
    }
}

extension FieldReader {
    /// A warning for each key of `frontMatter` not in `known` that is close to one that
    /// is (a likely typo); a key close to none is left alone, as the author's own field.
    /// Called after the required keys are read, so that its warnings follow theirs.
    mutating func warnAboutMisspelledKeys(in frontMatter: FrontMatter, known: [String], fix: (_ key: String, _ guess: String) -> String) {
        for (key, keyNode, _) in frontMatter.fields where !known.contains(key) {
            if let guess = Suggestion.closest(to: key, in: known) {
                warning(keyNode, "unknown key `\(key)`; did you mean `\(guess)`?", fix: fix(key, guess))
            }
        }
    }
}
