import Testing
import ExhibitMarkdown

/// Raw HTML and script URLs in both modes.
@Suite struct SafetyTests {
    @Test func rawHTMLIsOmittedInSafeMode() {
        #expect(
            Rendering.html("<div class=\"box\">盒子</div>\n\n文字 <b>粗</b> 完") == """
                <!-- raw HTML omitted -->
                <p>文字 <!-- raw HTML omitted -->粗<!-- raw HTML omitted --> 完</p>

                """)
    }

    @Test func rawHTMLPassesWithUnsafeHTML() {
        #expect(
            Rendering.unsafeHTML("<div class=\"box\">盒子</div>\n\n文字 <b>粗</b> 完") == """
                <div class="box">盒子</div>
                <p>文字 <b>粗</b> 完</p>

                """)
    }

    @Test func tagFilterEscapesScriptWithUnsafeHTML() {
        #expect(
            Rendering.unsafeHTML("<script>alert(1)</script>\n\na <iframe src=\"x\"></iframe> <style>b{}</style>")
                == """
                &lt;script>alert(1)&lt;/script>
                <p>a &lt;iframe src="x">&lt;/iframe> &lt;style>b{}&lt;/style></p>

                """)
    }

    @Test(arguments: [false, true])
    func scriptLinksAreNeutralisedInBothModes(unsafe: Bool) {
        let renderer = unsafe ? Rendering.unsafe : Rendering.safe
        let markdown = """
            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](jav&#x61;script:x) [d](vbscript:x)
            [e](data:text/html;base64,PHNjcmlwdD4=) ![f](data:image/png;base64,iVBOR) <javascript:alert(2)>
            [g](%20javascript:x) [h](https://ok.cn) ![i](javascript:x)
            """
        #expect(
            renderer.render(markdown).html == """
                <p><a href="#">a</a> <a href="#">b</a> <a href="#">c</a> <a href="#">d</a>
                <a href="#">e</a> <img src="data:image/png;base64,iVBOR" alt="f" /> <a href="#">javascript:alert(2)</a>
                <a href="%20javascript:x">g</a> <a href="https://ok.cn">h</a> <img src="#" alt="i" /></p>

                """)
    }

    @Test func rewriteCannotIntroduceScriptURL() {
        let html = Rendering.safe.render("[a](b.md)") { _ in "javascript:alert(1)" }.html
        #expect(html == "<p><a href=\"#\">a</a></p>\n")
    }

    @Test func eventHandlersAreRemovedFromRawHTML() {
        #expect(
            Rendering.unsafeHTML("<div onclick=\"x()\" ONMOUSEOVER='y' class=box onload=z>盒</div>\n\n图 <img src=a.png onerror=alert(1) alt=\"图\">")
                == """
                <div class="box">盒</div>
                <p>图 <img src="a.png" alt="图"></p>

                """)
    }

    @Test func scriptURLsInRawHTMLAreNeutralised() {
        let markdown = """
            <p><a href="javascript:alert(1)">1</a>
            <a href="  JAVASCRIPT:alert(1)">2</a>
            <a href="jav&#x09;ascript:alert(1)">3</a>
            <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">4</a>
            <a href="javascript&colon;alert(1)">5</a>
            <a href='vbscript:x'>6</a>
            <a href=javascript:alert(1)>7</a>
            <object data="data:text/html,x">8</object>
            <a href="https://ok.cn/">9</a></p>
            """
        #expect(
            Rendering.unsafeHTML(markdown) == """
                <p><a href="#">1</a>
                <a href="#">2</a>
                <a href="#">3</a>
                <a href="#">4</a>
                <a href="#">5</a>
                <a href="#">6</a>
                <a href="#">7</a>
                &lt;object data="#">8&lt;/object>
                <a href="https://ok.cn/">9</a></p>

                """)
    }

    @Test func commentsCloseWhereBrowsersCloseThem() {
        // `--!>` ends a comment in a browser, so what follows must be sanitised, not copied.
        #expect(
            Rendering.unsafeHTML("<!-- a --!><img src=x onerror=alert(1)>-->")
                == "<!-- a --!><img src=\"x\">-->\n")
    }

    @Test func unterminatedTagCannotSwallowFollowingMarkup() {
        // Left open, the quote would run into the next paragraph's `<a href="` and turn the
        // link's URL into attributes of the `div`.
        #expect(
            Rendering.unsafeHTML("<div title=\"\n\n[x](onmouseover=alert(1)//)")
                == "&lt;div title=\"\n<p><a href=\"onmouseover=alert(1)//\">x</a></p>\n")
    }

    @Test func rawTextElementsCannotHideMarkupInAttributes() {
        #expect(
            Rendering.unsafeHTML("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")
                == "<p>&lt;noscript><p title=\"&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;/noscript></p>\n")
    }

    @Test func baseAndMetaAreShownAsText() {
        #expect(
            Rendering.unsafeHTML("<base href=\"https://evil.example/\">\n\n<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">")
                == "&lt;base href=\"https://evil.example/\">\n&lt;meta http-equiv=\"refresh\" content=\"#\">\n")
    }

    @Test func objectAndEmbedOfForeignDocumentsAreShownAsText() {
        // Each loads a document that runs its own script, as an iframe does.
        #expect(
            Rendering.unsafeHTML("<object data=\"https://evil.example/x.html\"></object>\n\n<embed src=\"https://evil.example/x.svg\">\n\n<applet code=\"X\"></applet> <frameset></frameset>")
                == "<p>&lt;object data=\"https://evil.example/x.html\">&lt;/object></p>\n&lt;embed src=\"https://evil.example/x.svg\">\n<p>&lt;applet code=\"X\">&lt;/applet> &lt;frameset>&lt;/frameset></p>\n")
    }

    @Test func svgAnimationCannotSetScriptURL() {
        #expect(
            Rendering.unsafeHTML("<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text>x</text></a></svg>")
                == "<p><svg><a><animate attributeName=\"href\" values=\"#\" /><text>x</text></a></svg></p>\n")
    }
}
