import ExhibitText

/// Finds personal data in a content file: mainland ID numbers, mobile numbers, bank card
/// numbers, personal e-mail addresses and the site's flag words, each a warning at its
/// line and column (an error with `--strict`, as every warning). The whole file is read,
/// so the body, front-matter values and metric labels are all covered, at the place the
/// editor wrote them. Values listed in site.yaml's `privacy_ok:` are passed.
struct PrivacyScanner {
    let settings: ReviewSettings

    /// What was found, before it becomes a message.
    struct Finding: Equatable {
        enum Kind: Equatable { case idNumber, mobile, bankCard, email(domain: String), flagWord }
        var kind: Kind
        var line: Int
        /// 1-based, counted in Unicode scalars as YAML positions are.
        var column: Int
        /// As written in the file.
        var text: String
    }

    func diagnostics(_ text: String, path: String) -> [Diagnostic] {
        findings(text).map { Self.diagnostic($0, path: path) }
    }

    /// A case's address (`/cases/<slug>/`, its file name unless `slug:` sets it) is in
    /// every link to it (lists, search data, feed, sitemap), where the scan of the file's
    /// text does not look: a number in it is said at the top of the file.
    func slugDiagnostics(_ slug: String, path: String) -> [Diagnostic] {
        findings(slug.uppercased()).filter { $0.kind != .flagWord }.map { finding in
            let said = Self.diagnostic(finding, path: path)
            return .warning(path, line: 1, column: 1, "in the case's address (its file name, or `slug:`): \(said.message)",
                            fix: "rename the file, or give the case a `slug:` without it; \(said.fix ?? "")")
        }
    }

    func findings(_ text: String) -> [Finding] {
        var result: [Finding] = []
        let scansEveryLine = !settings.flagWords.isEmpty
        // Lines end at the byte of "\n", which in UTF-8 is only ever that scalar. Every
        // number `numbers` finds has 11 digits or more (a mobile number 11, a bank card
        // 16 to 19, an ID number 18), written as one run or as runs joined by single
        // spaces or hyphens; so a line without such a chain of 11 digits, and without an
        // "@", holds no number and no address. Most lines have neither, dates and figures
        // included: looking at their bytes first, instead of making an array of scalars of
        // every line, took the scan from 3 % of a build's CPU to a fraction; reading the
        // bytes in place instead of splitting them into lines halved what was left, and
        // asking for 11 digits instead of 3 in a row (every date has 4) halved it again.
        text.withBytes { bytes in
            var line = 0, start = 0
            while start <= bytes.count {
                line += 1
                var end = start
                var chain = 0, afterDigit = false, afterJoin = false, mayHold = scansEveryLine
                line: while end < bytes.count {
                    // Eight bytes without a digit, an "@" or a line break end any chain and
                    // change nothing else: skipped together (`ByteWord`). Chinese text has
                    // few digits, and a byte at a time the scan was 1.5 % of a 1,000-case
                    // build's instructions.
                    if end + 8 <= bytes.count {
                        let word = ByteWord.load(bytes, at: end)
                        if ByteWord.digits(word) | ByteWord.equal(0x40, word) | ByteWord.equal(0x0A, word) == 0 {
                            afterDigit = false
                            afterJoin = false
                            end += 8
                            continue
                        }
                    }
                    for _ in 0..<8 {
                        guard end < bytes.count else { break line }
                        let b = bytes[end]
                        if b == UInt8(ascii: "\n") { break line }
                        if b >= 0x30 && b <= 0x39 {
                            chain = afterDigit || afterJoin ? chain + 1 : 1
                            if chain >= Self.shortestNumber { mayHold = true }
                            afterDigit = true
                            afterJoin = false
                        } else {
                            afterJoin = afterDigit && (b == UInt8(ascii: " ") || b == UInt8(ascii: "-"))
                            afterDigit = false
                            if b == UInt8(ascii: "@") { mayHold = true }
                        }
                        end += 1
                    }
                }
                if mayHold {
                    let s = Array(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).unicodeScalars)
                    var found = numbers(in: s, line: line) + emails(in: s, line: line)
                    if scansEveryLine { found += flagWords(in: s, line: line) }
                    result += found.filter { !settings.allows($0.text) }.sorted { $0.column < $1.column }
                }
                start = end + 1
            }
        }
        return result
    }

    // MARK: numbers

    /// The fewest digits a number `classify` knows has: a mobile number's 11.
    static let shortestNumber = 11

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// A letter of the Latin script, full-width ones (ＡＢ) included.
    private static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        case 0xC0...0x24F: return s.properties.isAlphabetic
        default: return false
        }
    }

    /// Runs of digits, alone or in the groups people write them in (`138 1234 5678`,
    /// `6222 0212 3456 7890`, `110105 19900307 123X`); a run inside a longer run of
    /// digits is never a number of its own (an order number holds many 11-digit runs).
    private func numbers(in s: [Unicode.Scalar], line: Int) -> [Finding] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard Self.isDigit(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count, Self.isDigit(s[j]) { j += 1 }
            runs.append(i..<j)
            i = j
        }
        guard runs.contains(where: { $0.count >= 3 }) else { return [] }
        var result: [Finding] = []
        var a = 0
        while a < runs.count {
            var taken = 0
            for k in stride(from: min(5, runs.count - a), through: 1, by: -1) {
                let group = Array(runs[a..<(a + k)])
                let joined = zip(group, group.dropFirst()).allSatisfy { $1.lowerBound == $0.upperBound + 1 && (s[$0.upperBound] == " " || s[$0.upperBound] == "-") }
                guard joined, let kind = classify(group, in: s) else { continue }
                var end = group.last!.upperBound
                if kind == .idNumber, end < s.count, s[end] == "X" || s[end] == "x" { end += 1 }
                result.append(Finding(kind: kind, line: line, column: group[0].lowerBound + 1,
                                      text: String(String.UnicodeScalarView(s[group[0].lowerBound..<end]))))
                taken = k
                break
            }
            a += max(taken, 1)
        }
        return result
    }

    private func classify(_ group: [Range<Int>], in s: [Unicode.Scalar]) -> Finding.Kind? {
        let lengths = group.map(\.count)
        var digits = group.flatMap { s[$0].map { UInt8($0.value - 48) } }
        let end = group.last!.upperBound
        // Digits run into Latin letters are a code (`13812345678AB`, a model or batch
        // number), not a number of a person. Chinese text follows a number directly
        // (`电话13812345678联系`): Han characters are alphabetic to Unicode, and counting
        // them as letters let such numbers through.
        let letterAfter = end < s.count && Self.isLatinLetter(s[end])
        if digits.count == 17, end < s.count, s[end] == "X" || s[end] == "x",
           end + 1 >= s.count || !Self.isLatinLetter(s[end + 1]),
           lengths == [17] || lengths == [6, 8, 3] {
            digits.append(10)
            return PersonalNumber.isIDNumber(digits) ? .idNumber : nil
        }
        if letterAfter { return nil }
        if lengths == [18] || lengths == [6, 8, 4], PersonalNumber.isIDNumber(digits) { return .idNumber }
        let cardShape = lengths.count == 1 || (lengths.prefix(4) == [4, 4, 4, 4] && lengths.count <= 5 && (lengths.count == 4 || lengths[4] <= 3))
        if cardShape, PersonalNumber.isBankCard(digits) { return .bankCard }
        if lengths == [11] || lengths == [3, 4, 4], PersonalNumber.isMobile(digits) { return .mobile }
        // +86 and a mobile number written without a space.
        if lengths == [13], group[0].lowerBound > 0, s[group[0].lowerBound - 1] == "+", digits[0] == 8, digits[1] == 6,
           PersonalNumber.isMobile(Array(digits.dropFirst(2))) { return .mobile }
        return nil
    }
}
