import ExhibitText

/// Escapes text for XML content and attribute values.
enum XMLEscape {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Control characters other than tab and newline, and noncharacters such
                // as U+FFFE, are not allowed in XML 1.0: one makes the whole feed unreadable.
                if InvisibleCharacters.isForbidden(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
