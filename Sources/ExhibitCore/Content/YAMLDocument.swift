import ExhibitText
import Yams

/// How every YAML text of a site's content is read: the front matter of cases and pages,
/// site.yaml and indicators.yaml.
enum YAMLDocument {
    /// The nodes of `text`. The basic resolver leaves every scalar untyped: Exhibit reads
    /// values by key and style itself, and Yams' default resolver runs regular expressions
    /// on every scalar (and again when keys are compared), a tenth of a build. The
    /// encoding is named: Yams' default reads the whole environment every time.
    ///
    /// A line or paragraph separator (U+2028, U+2029) pasted into a value is a line break
    /// to YAML 1.1 and to no editor: `title: 红色` + U+2028 + `展馆` failed as "could not
    /// find expected ':'" at a line the editor did not show. It is read as a space.
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text.oneLine(), .basic, .default, .utf8)
    }
}
