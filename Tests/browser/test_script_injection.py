"""No content can put script into a page, checked where it matters: in a real browser.

A site is built whose every front-matter field, site.yaml value and body holds one of the
classic payloads (with `unsafe_html: true`, the most permissive setting). Every page is
then opened in headless Chromium with alert(), confirm(), prompt(), print() and eval()
replaced by recorders before any of the page's own script runs, focus and hover are
given to every element, and the search page is asked for each payload. Nothing may call
a recorder. The Swift test ScriptInjectionTests reads the same output as text; this one
asks the browser, which has the last word on what runs.
"""

import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

from exhibit_browser import built_and_served, serve
from test_live_reload import exhibit_binary

PAYLOADS = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(2)>",
    "'><svg onload=alert(3)>",
    "\" onmouseover=\"alert(4)",
    "' onfocus='alert(5)' autofocus='",
    "javascript:alert(6)",
    " JaVaScRiPt:alert(7)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==",
    "</script><script>alert(9)</script>",
    "</title><script>alert(10)</script>",
    "</textarea></style></noscript><script>alert(11)</script>",
    "<svg><script>alert(12)</script></svg>",
    "<iframe src=\"javascript:alert(13)\"></iframe>",
    "<object data=\"data:text/html,<script>alert(14)</script>\"></object>",
    "<a href=\"javascript:alert(15)\" autofocus onfocus=\"alert(15)\">x</a>",
    "<details open ontoggle=alert(16)>",
    "<img src=x onerror=\"eval('ale'+'rt(17)')\">",
    "\u2028\u2029</script><script>alert(18)</script>",
]

HOOK = """
window.__ran = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = function () { window.__ran.push(name + '(' + Array.from(arguments).join(',') + ')'); };
}
const realEval = window.eval;
window.eval = function (s) { window.__ran.push('eval(' + s + ')'); return realEval(s); };
"""


def yaml_quoted(text):
    out = ['"']
    for c in text:
        if c in '\\"':
            out.append('\\' + c)
        elif ord(c) < 0x20 or c in '\u2028\u2029':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return ''.join(out) + '"'


def case_file(n, p):
    q = yaml_quoted
    cover = f"cover-{n}.png" if p.strip().lower().startswith(("javascript:", "data:")) else p
    return f"""---
title: {q(f"案例{n} {p}")}
date: 2024-06-{n % 28 + 1:02d}
category: research
slug: xss-{n}
summary: {q(p)}
tags: [{q(p)}, {q("标签" + p)}]
organization: {q(p)}
partners: [{q(p)}]
cover: {q(cover)}
cover_alt: {q(p)}
featured: true
note: {q(p)}
metrics:
  - {{label: {q(p)}, value: 12, unit: {q(p)}}}
milestones:
  - {{date: 2023-03, title: {q(p)}}}
---
{p}

[{p}]({p}) ![{p}]({p}) <{p}>

<div title="{p}">{p}</div>

| {p} | b |
|---|---|
| {p} | [x]({p}) |
"""


@pytest.fixture(scope="module")
def hostile_site():
    scratch = Path(tempfile.mkdtemp(prefix="exhibit-xss-"))
    site = scratch / "site"
    (site / "content/cases").mkdir(parents=True)
    q = yaml_quoted
    (site / "content/site.yaml").write_text(f"""title: {q("成果展" + PAYLOADS[8])}
subtitle: {q(PAYLOADS[1])}
description: {q(PAYLOADS[2])}
author: {q(PAYLOADS[3])}
base_url: https://example.org/expo/
unsafe_html: true
categories:
  - {{id: research, name: {q(PAYLOADS[0])}, description: {q(PAYLOADS[8])}}}
""", encoding="utf-8")
    for n, p in enumerate(PAYLOADS):
        (site / f"content/cases/xss-{n}.md").write_text(case_file(n, p), encoding="utf-8")
    yield from built_and_served(exhibit_binary(), site, "the hostile site (warnings only)")


def visit(driver, url):
    """Opens url with the recorders in place, focuses and hovers every element, and
    returns what was called."""
    driver.get(url)
    driver.execute_script("""
        for (const e of document.querySelectorAll('body *')) {
          try { e.focus(); } catch (x) {}
          for (const type of ['mouseover', 'mouseenter', 'click']) {
            if (type === 'click' && e.closest('a[href], form, button')) continue;
            try { e.dispatchEvent(new MouseEvent(type, {bubbles: true})); } catch (x) {}
          }
        }""")
    return driver.execute_script("return window.__ran || ['(the recorders were not installed)']")


def test_no_payload_runs_in_any_page(hostile_site, driver):
    public, url = hostile_site
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    try:
        pages = sorted(p.relative_to(public).as_posix() for p in public.rglob("*.html"))
        assert len(pages) > 40, pages
        ran = {}
        for page in pages:
            path = page[:-len("index.html")] if page.endswith("index.html") else page
            calls = visit(driver, url + path)
            if calls:
                ran[page] = calls
        for n, p in enumerate(PAYLOADS):
            calls = visit(driver, url + "search/?q=" + quote(p))
            if calls:
                ran[f"search for payload {n}"] = calls
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
    assert not ran, "script from content ran:\n" + "\n".join(f"  {k}: {v}" for k, v in ran.items())


def test_the_recorders_do_catch_a_payload(driver, tmp_path):
    """Guard: a page that does run a payload is caught, or the test above proves nothing."""
    page = tmp_path / "bad.html"
    page.write_text("<!doctype html><title>t</title><img src=x onerror=alert(1)>"
                    "<a href=# onfocus=alert(2)>x</a>", encoding="utf-8")
    server, url = serve(tmp_path)
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    try:
        calls = visit(driver, url + "bad.html")
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
        server.shutdown()
        server.server_close()
    assert "alert(1)" in calls and "alert(2)" in calls, calls
