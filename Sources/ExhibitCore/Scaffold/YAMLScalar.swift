import Foundation

/// Writes a text as one YAML scalar: as it is when YAML reads it back unchanged, in
/// double quotes otherwise (a title with `: `, `#`, quotes or brackets).
enum YAMLScalar {
    static func text(_ value: String) -> String {
        let special: Set<Character> = [":", "#", "\"", "'", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "\\"]
        let plain = !value.isEmpty && value == value.trimmingCharacters(in: .whitespaces)
            && !value.contains(where: { special.contains($0) || $0.isNewline })
            && !["-", "?"].contains(value.first.map(String.init) ?? "")
            && !["true", "false", "yes", "no", "on", "off", "null", "~"].contains(value.lowercased())
            && Double(value) == nil
        if plain { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
