"""The print edition: /booklet/ printed to PDF by headless Chromium, one case per A4 page.

The booklet page declares its layout on its wrapper element (data attributes, since
unregistered <meta> names are invalid HTML):
  data-front-pages="N"   cover + contents pages
  data-cases="M"         cases, one page each
and each case is an element with data-case="<slug>" holding <h2 class="booklet-title">.
The PDF must have exactly N + M pages, case i (0-based, in document order) on page N + i + 1.

EXHIBIT_BOOKLET_PDF=path keeps the printed PDF there for a look.
"""

import html.parser
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import urllib.request
from pathlib import Path

import pytest

from exhibit_browser import CHROMIUM, page_file, require_page

BOOKLET = "booklet/"
A4_POINTS = (595.28, 841.89)


class BookletParser(html.parser.HTMLParser):
    """Collects the exhibit:* metas and, per data-case element, its booklet-title text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.metas = {}
        self.cases = []          # [{"slug": …, "titles": [..]}] in document order
        self._title = None       # text pieces of the <h2 class="booklet-title"> being read
        self._depth = 0          # nesting of <h2> while reading a title

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-front-pages" in a:
            self.metas["exhibit:booklet-front-pages"] = a.get("data-front-pages")
        if "data-cases" in a:
            self.metas["exhibit:booklet-cases"] = a.get("data-cases")
        if "data-case" in a:
            self.cases.append({"slug": a["data-case"], "titles": []})
        if self._title is not None and tag == "h2":
            self._depth += 1
        elif tag == "h2" and "booklet-title" in (a.get("class") or "").split():
            self._title, self._depth = [], 1

    def handle_endtag(self, tag):
        if self._title is not None and tag == "h2":
            self._depth -= 1
            if self._depth == 0:
                text = " ".join("".join(self._title).split())
                if self.cases:
                    self.cases[-1]["titles"].append(text)
                else:
                    self.cases.append({"slug": None, "titles": [text]})
                self._title = None

    def handle_data(self, data):
        if self._title is not None:
            self._title.append(data)


def squash(text):
    """Compare text as printed: NFKC, letters and digits only.

    Titles wrap across lines in the PDF, so whitespace goes. Punctuation goes too: where
    a browser sets a punctuation glyph is its own typesetting choice, not the booklet's.
    Chromium 156 hangs an opening full-width quote (“) at the start of a line into the
    margin, and pdftotext then reads it after the title; older versions kept it in place.
    What the test asserts (each case's title is on its own page) does not depend on that."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c)[0] in "LN")


def run(cmd, timeout=180):
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def booklet_url(base_url):
    require_page(BOOKLET)
    return base_url + BOOKLET


@pytest.fixture(scope="module")
def booklet(booklet_url):
    url = booklet_url
    with urllib.request.urlopen(url, timeout=30) as response:
        source = response.read().decode("utf-8")
    parser = BookletParser()
    parser.feed(source)
    parser.close()
    metas = parser.metas
    missing = [m for m in ("exhibit:booklet-front-pages", "exhibit:booklet-cases") if m not in metas]
    assert not missing, (
        f"{url} lacks data-front-pages / data-cases on its wrapper: the booklet must declare its "
        f"front pages and case count (found: {metas or 'none'})")
    values = {}
    for key in ("exhibit:booklet-front-pages", "exhibit:booklet-cases"):
        assert re.fullmatch(r"\d+", metas[key] or ""), f"{url}: {key} is {metas[key]!r}, not a count"
        values[key] = int(metas[key])
    return {"url": url, "front": values["exhibit:booklet-front-pages"],
            "count": values["exhibit:booklet-cases"], "cases": parser.cases}


def chinese_fonts():
    """The fonts fontconfig offers for Chinese; without one, Chromium prints CJK text in
    whatever fallback it finds and pdftotext reads some characters as nothing."""
    if not shutil.which("fc-list"):
        return []
    listed = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True)
    return [line for line in listed.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def pdf(booklet_url):
    for tool in ("pdfinfo", "pdftotext"):
        assert shutil.which(tool), f"{tool} not found: apt-get install -y poppler-utils"
    assert chinese_fonts(), ("no Chinese font is installed (fc-list :lang=zh-cn lists none), so the "
                             "printed booklet's text cannot be read back: apt-get install -y fonts-noto-cjk")
    work = Path(tempfile.mkdtemp(prefix="exhibit-booklet-"))
    out = work / "booklet.pdf"
    run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={work / 'profile'}", f"--print-to-pdf={out}", booklet_url])
    assert out.is_file() and out.stat().st_size > 0, f"Chromium wrote no PDF for {booklet_url}"
    if os.environ.get("EXHIBIT_BOOKLET_PDF"):
        shutil.copyfile(out, os.environ["EXHIBIT_BOOKLET_PDF"])
    info = run(["pdfinfo", str(out)])
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    texts = [run(["pdftotext", "-f", str(i), "-l", str(i), "-enc", "UTF-8", str(out), "-"])
             for i in range(1, pages + 1)]
    sizes = run(["pdfinfo", "-f", "1", "-l", str(pages), str(out)])
    yield {"path": out, "pages": pages, "texts": texts, "sizes": sizes}
    shutil.rmtree(work, ignore_errors=True)


def outline(texts):
    return "\n".join(f"  page {i}: {' '.join(t.split())[:90]!r}" for i, t in enumerate(texts, 1))


def test_booklet_declares_every_published_case(booklet):
    cases = booklet["cases"]
    slugs = [c["slug"] for c in cases]
    assert None not in slugs, "a <h2 class=\"booklet-title\"> stands outside any data-case element"
    assert len(slugs) == booklet["count"], (
        f"exhibit:booklet-cases says {booklet['count']} but {len(slugs)} elements have "
        f"data-case: {slugs}")
    assert len(set(slugs)) == len(slugs), f"a case is in the booklet twice: {slugs}"
    for c in cases:
        assert len(c["titles"]) == 1 and c["titles"][0], (
            f"data-case=\"{c['slug']}\" must hold one non-empty <h2 class=\"booklet-title\">, "
            f"found {c['titles']}")
    published = sorted(p.parent.name for p in page_file("cases/").parent.glob("*/index.html")
                       if p.parent.name != "page")
    assert sorted(slugs) == published, (
        f"the booklet's cases differ from the published case pages: only in booklet "
        f"{sorted(set(slugs) - set(published))}, only on the site {sorted(set(published) - set(slugs))}")
    assert booklet["front"] >= 1, "the booklet has no front page (cover)"


def test_pdf_has_one_page_per_case_after_the_front_pages(booklet, pdf):
    expected = booklet["front"] + booklet["count"]
    assert pdf["pages"] == expected, (
        f"the printed booklet has {pdf['pages']} pages; expected {booklet['front']} front "
        f"page(s) + {booklet['count']} case(s) = {expected}. Pages:\n{outline(pdf['texts'])}")


def test_pdf_pages_are_a4_portrait(pdf):
    sizes = re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts", pdf["sizes"], re.M)
    assert sizes, f"pdfinfo gave no page sizes:\n{pdf['sizes']}"
    wrong = [(int(n), float(w), float(h)) for n, w, h in sizes
             if abs(float(w) - A4_POINTS[0]) > 2 or abs(float(h) - A4_POINTS[1]) > 2]
    assert not wrong, f"pages not A4 portrait (595 x 842 pt): {wrong[:10]}"


def test_each_case_is_on_exactly_its_own_page(booklet, pdf):
    front, texts = booklet["front"], [squash(t) for t in pdf["texts"]]
    problems = []
    for index, case in enumerate(booklet["cases"]):
        title = squash(case["titles"][0]) if case["titles"] else ""
        if not title:
            continue
        expected = front + index + 1
        # Front pages (the contents) list every title, so only pages after them count.
        found = [i for i, t in enumerate(texts, 1) if i > front and title in t]
        if found != [expected]:
            problems.append(f"  {case['slug']} ({case['titles'][0]!r}): expected on page "
                            f"{expected}, found on {found or 'no page'}")
    assert not problems, ("cases not each on their own page:\n" + "\n".join(problems)
                          + f"\nPages:\n{outline(pdf['texts'])}")


def test_no_case_is_cut_off_in_print(booklet_url, driver):
    """Pages of a fixed height may hide what does not fit (overflow: hidden), so the PDF
    keeps one page per case while silently losing text: in print media, at the A4 text
    width (210 mm less 2 x 15 mm margins = 680 px), no data-case element may overflow."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 680, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    try:
        driver.get(booklet_url)
        overflows = driver.execute_script("""
            return Array.from(document.querySelectorAll('[data-case]')).map(function (e) {
              return {slug: e.getAttribute('data-case'), client: e.clientHeight,
                      scroll: e.scrollHeight};
            }).filter(function (c) { return c.scroll > c.client + 1; });""")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert not overflows, "cases whose content is cut off at the bottom of their printed page:\n" \
        + "\n".join(f"  {o['slug']}: {o['scroll'] - o['client']} px more than the page's "
                    f"{o['client']} px" for o in overflows)
