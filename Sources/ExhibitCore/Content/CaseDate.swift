import ExhibitText

/// A calendar date as editors write it: `2024-06-18`, `2024-06`, `2024` or
/// `2024-06-18 09:30`. Kept as numbers, not a time instant, so no time zone can move a
/// case to the previous day.
public struct CaseDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    /// Minutes after midnight, when a time was given; orders cases of one day.
    public var minuteOfDay: Int?

    public static func < (a: CaseDate, b: CaseDate) -> Bool {
        a.sortKey < b.sortKey
    }

    // Equality and hashing agree with `<`: `2024-06-18` and `2024-06-18 00:00` are the
    // same moment. With the synthesised `==` they were unequal yet neither came first,
    // so sorts by date, then title, were not a strict order and depended on file order.
    public static func == (a: CaseDate, b: CaseDate) -> Bool {
        a.sortKey == b.sortKey
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sortKey.0)
        hasher.combine(sortKey.1)
        hasher.combine(sortKey.2)
        hasher.combine(sortKey.3)
    }

    private var sortKey: (Int, Int, Int, Int) { (year, month ?? 0, day ?? 0, minuteOfDay ?? 0) }

    /// The sort key as one number, in the same order and with the same ties (month < 13,
    /// day < 32, minute < 1440): sorting 10,000 cases compares these instead of tuples.
    var ordinal: Int { ((year * 13 + (month ?? 0)) * 32 + (day ?? 0)) * 1440 + (minuteOfDay ?? 0) }

    /// `2024-06-18`, `2024-06` or `2024`.
    public var iso: String {
        var s = DecimalText()
        s.append(year, width: 4)
        if let month { s.append("-"); s.append(month, width: 2) }
        if let day { s.append("-"); s.append(day, width: 2) }
        return s.string
    }

    /// RFC 3339 at midnight UTC (or the given time), for feeds and sitemaps.
    public var rfc3339: String {
        let minutes = minuteOfDay ?? 0
        return "\(format4(year))-\(pad2(month ?? 1))-\(pad2(day ?? 1))T\(pad2(minutes / 60)):\(pad2(minutes % 60)):00Z"
    }

    /// Parses a date as editors write it: `2024-06-18`, and also `2024年6月18日`,
    /// `2024年6月`, `2024/6/18` and `2024.6.18` (Chinese writing, Excel and WPS), each read
    /// as the same ISO date; `nil` and `.failure` as for `parse`. The front matter and the
    /// case sheets read dates through here, so a date is a date in both.
    public static func parse(written raw: String) -> Result<CaseDate, DateProblem>? {
        let trimmed = raw.trimmed()
        // One pass over the scalars, and none for an ISO date (nearly every one): six
        // `replacingOccurrences` through Foundation were 2 % of a 10,000-case build.
        var text = trimmed
        if trimmed.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") || $0 >= 0x80 }) {
            var scalars = String.UnicodeScalarView()
            for scalar in trimmed.unicodeScalars {
                switch scalar {
                case "/", ".", "年", "月": scalars.append("-")
                case "日", "号": continue
                default: scalars.append(scalar)
                }
            }
            text = String(scalars)
        }
        return parse(text.hasSuffix("-") ? String(text.dropLast()) : text)
    }

    /// Parses the text; `nil` means it is not a date, `.failure` a date that cannot be
    /// (`2024-02-30`), with the reason.
    public static func parse(_ raw: String) -> Result<CaseDate, DateProblem>? {
        if let numbers = plainDigits(raw) { return date(numbers, time: nil) }
        var text = Substring(raw.trimmed())
        var time: Int?
        if let split = text.firstIndex(where: { $0 == " " || $0 == "T" }) {
            let clock = text[text.index(after: split)...].prefix(5)
            let parts = clock.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            guard (0..<24).contains(h), (0..<60).contains(m) else { return .failure(.impossible("\(h):\(m) is not a time of day")) }
            time = h * 60 + m
            text = text[..<split]
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count <= 2 }) else { return nil }
        return date(parts.map { Int($0)! }, time: time)
    }

    /// The numbers of `YYYY-MM-DD`, `YYYY-MM` or `YYYY` written with two-digit months and
    /// days and nothing around them, read from the bytes; nil for anything else, which
    /// `parse` reads by characters. Nearly every date is written so, and reading each by
    /// characters was most of the time a case's dates took to parse.
    private static func plainDigits(_ raw: String) -> [Int]? {
        let utf8 = raw.utf8
        guard utf8.count == 10 || utf8.count == 7 || utf8.count == 4 else { return nil }
        var numbers: [Int] = []
        numbers.reserveCapacity(3)
        var value = 0, digits = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "-") {
                guard digits == (numbers.isEmpty ? 4 : 2) else { return nil }
                numbers.append(value)
                value = 0
                digits = 0
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
        }
        guard digits == (numbers.isEmpty ? 4 : 2) else { return nil }
        numbers.append(value)
        return numbers
    }

    /// The date of a year, month and day checked to be one.
    private static func date(_ numbers: [Int], time: Int?) -> Result<CaseDate, DateProblem> {
        guard years.contains(numbers[0]) else { return .failure(.yearOutOfRange(numbers[0])) }
        var date = CaseDate(year: numbers[0], month: nil, day: nil, minuteOfDay: time)
        if numbers.count > 1 {
            guard (1...12).contains(numbers[1]) else { return .failure(.impossible("there is no month \(numbers[1])")) }
            date.month = numbers[1]
        }
        if numbers.count > 2 {
            let days = daysIn(month: numbers[1], year: numbers[0])
            guard (1...days).contains(numbers[2]) else {
                return .failure(.impossible("\(iso(numbers[0], numbers[1])) has \(days) days, not \(numbers[2])"))
            }
            date.day = numbers[2]
        }
        return .success(date)
    }

    public enum DateProblem: Error, Sendable {
        case impossible(String)
        /// A year outside `years`: `0000`, or `2204` for 2024.
        case yearOutOfRange(Int)
    }

    /// The years a case or milestone may have. Wide enough for history a case tells (a
    /// university founded in 1898, a revolutionary site of 1927), narrow enough to catch a
    /// mistyped year (`0024`, `1024`, `2204`); `0000` would also give an invalid
    /// `<time datetime>`.
    public static let years = 1800...2200

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func iso(_ y: Int, _ m: Int) -> String { "\(y)-\(m < 10 ? "0" : "")\(m)" }
}

private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func format4(_ n: Int) -> String { n < 1000 ? String(repeating: "0", count: 4 - String(n).count) + "\(n)" : "\(n)" }
