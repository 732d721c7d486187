@testable import ExhibitCore
import PropertyBased
import XCTest

/// Each pattern of the privacy checks with numbers that are and are not personal. The
/// valid numbers were computed with an independent script (GB 11643 MOD 11-2, Luhn).
final class PrivacyScannerTests: XCTestCase {
    private func found(_ text: String, flag: [String] = [], allowed: [String] = []) -> [String] {
        var settings = ReviewSettings()
        settings.flagWords = flag
        settings.allowed = Set(allowed.map(ReviewSettings.normalized))
        return PrivacyScanner(settings: settings).findings(text).map { finding in
            let kind: String
            switch finding.kind {
            case .idNumber: kind = "id"
            case .mobile: kind = "mobile"
            case .bankCard: kind = "card"
            case .email: kind = "email"
            case .flagWord: kind = "word"
            }
            return "\(finding.line):\(finding.column) \(kind) \(finding.text)"
        }
    }

    func testIDNumbersWithAValidCheckDigitAndBirthDate() {
        XCTAssertEqual(found("身份证110105199003071239。"), ["1:4 id 110105199003071239"])
        XCTAssertEqual(found("号码 11010519491231002X"), ["1:4 id 11010519491231002X"])
        XCTAssertEqual(found("110105 19900307 1239"), ["1:1 id 110105 19900307 1239"])
        // The same digits with a wrong check digit: an order number, not flagged.
        XCTAssertEqual(found("订单号 110105199003071234"), [])
        XCTAssertEqual(found("订单号 202406181234567890"), [])
        // A right check digit but month 13 or a birth in 2099: not a birth date.
        XCTAssertEqual(found("110105199013071232"), [])
        XCTAssertEqual(found("110105209901011234"), [])
        // Inside a longer run of digits.
        XCTAssertEqual(found("9110105199003071239"), [])
    }

    func testMobileNumbersNotInsideLongerNumbers() {
        XCTAssertEqual(found("电话13812345678"), ["1:3 mobile 13812345678"])
        XCTAssertEqual(found("电话 138 1234 5678 或 139-0000-1111"), ["1:4 mobile 138 1234 5678", "1:20 mobile 139-0000-1111"])
        XCTAssertEqual(found("+8613812345678"), ["1:2 mobile 8613812345678"])
        XCTAssertEqual(found("编号 9913812345678123，12812345678，2138123456789"), [])
        XCTAssertEqual(found("产值 1381234.5 万元"), [])
    }

    /// Chinese text runs straight on from a number; Latin letters make it a code.
    func testANumberFollowedByChineseIsFoundAndOneFollowedByLatinLettersIsACode() {
        XCTAssertEqual(found("电话13812345678联系我们"), ["1:3 mobile 13812345678"])
        XCTAssertEqual(found("卡号6222021234567890128元"), ["1:3 card 6222021234567890128"])
        XCTAssertEqual(found("身份证11010519491231002X号"), ["1:4 id 11010519491231002X"])
        XCTAssertEqual(found("身份证110105199003071239号码"), ["1:4 id 110105199003071239"])
        XCTAssertEqual(found("型号13812345678AB，批次13812345678ｋ"), [])
        XCTAssertEqual(found("11010519491231002XY"), [], "an X followed by a letter is a code")
    }

    func testBankCardsAreLuhnValidWithANetworksFirstDigit() {
        XCTAssertEqual(found("卡号 6222021234567890128"), ["1:4 card 6222021234567890128"])
        XCTAssertEqual(found("4111 1111 1111 1111"), ["1:1 card 4111 1111 1111 1111"])
        XCTAssertEqual(found("卡号 6222021234567890123"), [], "a wrong Luhn check digit")
        XCTAssertEqual(found("流水 8222021234567890128"), [], "no card network starts with 8")
    }

    func testPersonalMailIsFreeMailAndAnInstitutionsIsNot() {
        XCTAssertEqual(found("写信 zhang.san@qq.com 或 li@VIP.163.com"), ["1:4 email zhang.san@qq.com", "1:23 email li@VIP.163.com"])
        XCTAssertEqual(found("dangwei@pku.edu.cn, info@notqq.com, @qq.com"), [])
    }

    func testFlagWordsAtEachUseIgnoringCase() {
        XCTAssertEqual(found("内部资料\n不是内部，是 Secret 与 secret", flag: ["内部", "secret"]),
                       ["1:1 word 内部", "2:3 word 内部", "2:8 word Secret", "2:17 word secret"])
    }

    /// Lines without a digit or "@" are passed over unread: the lines and columns of what
    /// is found after them, and on lines of other scripts and line endings, stay exact.
    func testPositionsStayExactAfterLinesThatCannotHoldANumber() {
        let text = "标题：乡村振兴\r\n\n正文第一段，没有号码。\r\n联系 张老师 13812345678\nemail：王 wang@qq.com；😀 13900001111\n最后"
        XCTAssertEqual(found(text), ["4:8 mobile 13812345678", "5:9 email wang@qq.com", "5:23 mobile 13900001111"])
        XCTAssertEqual(found(text, flag: ["正文"]), ["3:1 word 正文", "4:8 mobile 13812345678", "5:9 email wang@qq.com", "5:23 mobile 13900001111"])
    }

    /// The scan passes over lines without a chain of 11 digits (runs joined by single
    /// spaces or hyphens) or an "@": on lines of digits, separators, letters and Chinese,
    /// it finds what a scan of every line finds (a flag word that never occurs makes the
    /// scanner read every line).
    func testLinesPassedOverHoldNothingAScanOfEveryLineFinds() {
        // Pieces numbers are made of, valid ones among them, so that findings are common.
        let pieces = ["1", "13", "138", "1381", "13812345678", "110105", "19900307", "1239", "123X", "6222", "0212", "3456",
                      "7890", "4", "+86", " ", "-", "--", "  ", "x", "X", "号", "电话", "@", "a@qq.com", "wang@", "\n", "，", "。",
                      // Eight bytes and more without a digit: the stretches the scan skips.
                      "联系电话：", "abcdefghi", "9"]
        var generator = Xoshiro(seed: (11, 1, 2, 3))
        var lines = 0, findings = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...24, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let passed = found(text), everyLine = found(text, flag: ["\u{1}"])
            XCTAssertEqual(passed, everyLine, "\(text.debugDescription)")
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).count
            findings += passed.count
        }
        XCTAssertGreaterThan(findings, 300, "the generated text should hold numbers to find (\(lines) lines)")
    }

    /// The scan passes over eight bytes at a time where none is a digit, an "@" or a line
    /// break: a number or an address is found wherever it falls against those steps.
    func testNumbersAreFoundAtEveryOffsetOfTheEightByteSteps() {
        for pad in 0..<17 {
            let ascii = String(repeating: "x", count: pad), han = String(repeating: "中", count: pad)
            XCTAssertEqual(found(ascii + "电话 138 1234 5679，邮箱 zhang@qq.com\n" + han + "13900001111"),
                           ["1:\(pad + 4) mobile 138 1234 5679", "1:\(pad + 21) email zhang@qq.com", "2:\(pad + 1) mobile 13900001111"],
                           "after \(pad) bytes")
            XCTAssertEqual(found(han + "4111 1111 1111 1111。" + ascii), ["1:\(pad + 1) card 4111 1111 1111 1111"], "after \(pad) bytes")
        }
    }

    func testPrivacyOKPassesAValueHoweverItIsSpaced() {
        XCTAssertEqual(found("办公室 138-1234-5678；个人 13900001111", allowed: ["13812345678"]), ["1:22 mobile 13900001111"])
        XCTAssertEqual(found("内部", flag: ["内部"], allowed: ["内部"]), [])
    }

    func testMessagesMaskTheNumber() {
        let d = PrivacyScanner.diagnostic(.init(kind: .idNumber, line: 3, column: 5, text: "110105199003071239"), path: "content/cases/a.md")
        XCTAssertEqual(d.description, """
            content/cases/a.md:3:5: warning: `110105********1239` looks like a mainland ID number (18 digits, a valid check digit and a birth date)
                fix: delete it or mask it; if the office has checked it and it may be published, copy it into `privacy_ok:` in content/site.yaml
            """)
    }
}
