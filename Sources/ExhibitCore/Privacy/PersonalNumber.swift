import Foundation

/// The tests a run of digits must pass to be a person's number rather than an order,
/// a serial or a figure. Written by hand: they are the published algorithms (GB 11643's
/// ISO 7064 MOD 11-2 check digit, Luhn's check digit, the mobile prefixes of the MIIT
/// numbering plan), a few lines each, and no package in the mirror implements them.
enum PersonalNumber {
    /// A mainland resident ID number: 6 digits of region (not starting with 0), the birth
    /// date YYYYMMDD (a real day, from 1900 to this year), 3 digits of sequence and the
    /// ISO 7064 MOD 11-2 check digit (`X` for 10).
    static func isIDNumber(_ digits: [UInt8]) -> Bool {
        guard digits.count == 18, digits[0] != 0 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for i in 0..<17 {
            guard digits[i] <= 9 else { return false }
            sum += Int(digits[i]) * weights[i]
        }
        let check: [UInt8] = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2]
        guard digits[17] == check[sum % 11] else { return false }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(digits[$1]) } }
        return isBirthDate(year: number(6..<10), month: number(10..<12), day: number(12..<14))
    }

    static func isBirthDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...thisYear).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= CaseDate.daysIn(month: month, year: year)
    }

    private static let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    /// A mainland mobile number: 11 digits starting 13 to 19.
    static func isMobile(_ digits: [UInt8]) -> Bool {
        digits.count == 11 && digits[0] == 1 && (3...9).contains(digits[1])
    }

    /// A bank card number: 16 to 19 digits, a card network's first digit (3 JCB and
    /// American Express, 4 Visa, 5 Mastercard, 6 UnionPay), and a valid Luhn check digit.
    /// The first digit keeps a tenth of all long serial numbers (Luhn-valid by chance) out.
    static func isBankCard(_ digits: [UInt8]) -> Bool {
        guard (16...19).contains(digits.count), (3...6).contains(digits[0]) else { return false }
        var sum = 0
        for (i, digit) in digits.reversed().enumerated() {
            guard digit <= 9 else { return false }
            var d = Int(digit)
            if i % 2 == 1 { d *= 2; if d > 9 { d -= 9 } }
            sum += d
        }
        return sum % 10 == 0
    }

    /// Free-mail services: an address there belongs to a person. An address at an
    /// institution's own domain (`dangwei@pku.edu.cn`) is an office's and is not flagged.
    static let freeMailDomains: Set<String> = [
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com",
        "139.com", "189.cn", "wo.cn", "aliyun.com", "tom.com", "gmail.com", "outlook.com", "hotmail.com",
        "live.com", "msn.com", "yahoo.com", "icloud.com", "me.com", "proton.me", "protonmail.com",
    ]

    /// Whether mail at `domain` is a person's: a free-mail domain or one of its
    /// subdomains (`vip.qq.com`, `vip.163.com`).
    static func isPersonalMail(domain: String) -> Bool {
        let domain = domain.lowercased()
        return freeMailDomains.contains(domain) || freeMailDomains.contains { domain.hasSuffix("." + $0) }
    }
}
