import Testing
import ExhibitMarkdown

/// The plain text used for summaries, reading time and search.
@Suite struct PlainTextTests {
    @Test func chineseDocument() {
        let markdown = """
            # 校企党建共建

            学校与企业**联合**开展党建活动，
            共建实践基地。见[详情](a.md)。

            - 第一项
            - 第二项 ~~删除~~

            | 指标 | 数值 |
            |---|---|
            | 学生 | 120 |

            <div>raw</div>

            > 引用 `代码`

            ```
            code line 1

            code line 3
            ```

            Mixed English
            line with ![图片说明](a.png) and a note[^1].

            [^1]: 注释内容
            """
        let expected = """
            校企党建共建
            学校与企业联合开展党建活动，共建实践基地。见详情。
            第一项
            第二项 删除
            指标 数值
            学生 120
            引用 代码
            code line 1
            code line 3
            Mixed English line with 图片说明 and a note.
            注释内容
            """
        #expect(Rendering.safe.render(markdown).plainText.string == expected)
        #expect(Rendering.unsafe.render(markdown).plainText.string == expected)
    }
}
