/// Three hundred varied documents exercising every extension, built deterministically.
enum Corpus {
    static let documents: [String] = (0..<300).map(document)

    private static let phrases = [
        "校企党建共建", "产教融合", "Industry **partnership**", "乡村振兴 *示范*", "志愿服务 `code`",
        "“引号”保持原样", "Mixed 中英 text",
    ]

    static func document(_ index: Int) -> String {
        let phrase = phrases[index % phrases.count]
        var parts = ["# \(phrase) \(index)", "## 概述", "## 概述"]
        parts.append("第 \(index) 段：~~旧~~ ~新~ 访问 www.case\(index).cn 或 https://example.org/\(index)/path?q=\(index).")
        parts.append("联系 team\(index)@example.com，见[案例](case-\(index).md)与![图 \(index)](../images/\(index).png)。")
        if index % 2 == 0 {
            parts.append("| 指标 | 数值 | 备注 |\n|:--|--:|:-:|\n| 学生 | \(index * 3) | ~~无~~ |\n| 企业 | \(index % 17) | www.t\(index).com |")
        }
        if index % 3 == 0 {
            parts.append("成果[^n\(index)]与影响[^m]。\n\n[^n\(index)]: 注释 \(index) https://fn.example/\(index)\n\n[^m]: 另注")
        }
        if index % 5 == 0 {
            parts.append("- [ ] 待办 \(index)\n- [x] 完成 ~~done~~\n  > 引用 [q](q.md)\n  >   续 www.q.cn")
        }
        if index % 7 == 0 {
            parts.append("<div onclick=\"x\">raw <script>alert(\(index))</script></div>\n\n[bad](javascript:alert(\(index)))")
        }
        parts.append("```swift\nlet n = \(index) // ~~not~~ www.no.cn\n```")
        return parts.joined(separator: "\n\n") + "\n"
    }
}
