extension PrivacyScanner {
    /// Addresses at free-mail services (`PersonalNumber.freeMailDomains`); an address at
    /// an institution's domain is an office's, published on purpose.
    func emails(in s: [Unicode.Scalar], line: Int) -> [Finding] {
        func isLocal(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "._%+-".unicodeScalars.contains(c)) }
        func isDomain(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "." || c == "-") }
        var result: [Finding] = []
        for (at, c) in s.enumerated() where c == "@" {
            var start = at
            while start > 0, isLocal(s[start - 1]) { start -= 1 }
            var end = at + 1
            while end < s.count, isDomain(s[end]) { end += 1 }
            while end > at + 1, s[end - 1] == "." || s[end - 1] == "-" { end -= 1 }
            guard start < at, end > at + 1 else { continue }
            let domain = String(String.UnicodeScalarView(s[(at + 1)..<end]))
            guard domain.contains("."), PersonalNumber.isPersonalMail(domain: domain) else { continue }
            result.append(Finding(kind: .email(domain: domain.lowercased()), line: line, column: start + 1,
                                  text: String(String.UnicodeScalarView(s[start..<end]))))
        }
        return result
    }

    /// Each use of a word of `review.flag_words`, ignoring the case of Latin letters.
    func flagWords(in s: [Unicode.Scalar], line: Int) -> [Finding] {
        let text = String(String.UnicodeScalarView(s))
        var result: [Finding] = []
        for word in settings.flagWords where !word.isEmpty {
            var from = text.startIndex
            while let range = text.range(of: word, options: .caseInsensitive, range: from..<text.endIndex) {
                let column = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound) + 1
                result.append(Finding(kind: .flagWord, line: line, column: column, text: String(text[range])))
                from = range.upperBound
            }
        }
        return result
    }

    static func diagnostic(_ finding: Finding, path: String) -> Diagnostic {
        let allow = "if the office has checked it and it may be published, copy it into `privacy_ok:` in content/site.yaml"
        let message: String, fix: String
        let digits = finding.text.filter { $0 != " " && $0 != "-" }
        switch finding.kind {
        case .idNumber:
            message = "`\(masked(digits, keep: 6, last: 4))` looks like a mainland ID number (18 digits, a valid check digit and a birth date)"
            fix = "delete it or mask it; \(allow)"
        case .mobile:
            message = "`\(masked(digits, keep: digits.count - 8, last: 4))` looks like a mobile telephone number"
            fix = "give an office telephone instead, or delete it; \(allow)"
        case .bankCard:
            message = "`\(masked(digits, keep: 4, last: 4))` looks like a bank card number (\(digits.count) digits, a valid Luhn check digit)"
            fix = "delete it; \(allow)"
        case .email(let domain):
            let local = finding.text.prefix { $0 != "@" }
            message = "`\(local.prefix(1))***@\(domain)` looks like a personal e-mail address (\(domain) is a free-mail service)"
            fix = "give an office's address at the institution's own domain instead; \(allow)"
        case .flagWord:
            message = "`\(finding.text)` is one of the site's words to check before publishing (review.flag_words)"
            fix = "reword it, or keep it once the office has read it; \(allow)"
        }
        return .warning(path, line: finding.line, column: finding.column, message, fix: fix)
    }

    /// `value` with all but its first `keep` and last `last` characters as `*`: the
    /// message must not spread the number it warns about (logs, chat, CI output).
    static func masked(_ value: String, keep: Int, last: Int) -> String {
        let characters = Array(value)
        guard characters.count > keep + last else { return value }
        return String(characters.prefix(keep)) + String(repeating: "*", count: characters.count - keep - last) + String(characters.suffix(last))
    }
}
