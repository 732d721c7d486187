/// The one escape for text written into HTML or XML by hand (the feed, the sitemap, the
/// charts' SVG, the QR codes' labels, task-list labels): content and attribute values
/// alike, since every caller writes attributes in double quotes.
///
/// `&`, `<`, `>` and `"` are always escaped. Characters XML 1.0 forbids (see
/// `InvisibleCharacters.isForbidden`) are dropped: one makes a whole feed unreadable, and
/// in HTML they are parse errors. Text is walked by Unicode scalar, not by `Character`,
/// so that a combining mark after `"` cannot carry the quote past the escape.
public enum MarkupEscape {
    /// How `'` is written. Each caller keeps the form its output has always had, so that
    /// no published byte changes: `&apos;` in XML, `&#39;` in the QR codes' SVG (HTML 4
    /// had no `&apos;`), and `'` as it is inside a double-quoted HTML attribute.
    public enum Apostrophe: Sendable {
        case named, numeric, literal
    }

    /// `text` escaped; with `spacesForBreaks`, tab, line feed and carriage return become
    /// spaces (for a one-line label such as `aria-label`), otherwise tab and line feed
    /// are kept and carriage return, forbidden in XML, is dropped.
    public static func escape(_ text: String, apostrophe: Apostrophe = .named, spacesForBreaks: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'":
                switch apostrophe {
                case .named: out += "&apos;"
                case .numeric: out += "&#39;"
                case .literal: out += "'"
                }
            default:
                if spacesForBreaks && (scalar == "\t" || scalar == "\n" || scalar == "\r") {
                    out += " "
                } else if !InvisibleCharacters.isForbidden(scalar) {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
