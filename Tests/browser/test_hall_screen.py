"""The site on a hall screen (1920 px and up), read from two or three metres: the type is
large enough, a case page uses the width (its figures, milestones and QR code beside the
text, not the right half left empty) and a short page keeps its footer at the foot of
the screen."""

import pytest

from exhibit_browser import PAGES, require_page
from test_kiosk import viewport

RECTS = """
function box(css) {
  var e = document.querySelector(css);
  if (!e) return null;
  var r = e.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY};
}
return {vw: document.documentElement.clientWidth, prose: box('.case-main .prose'),
        aside: ['.case-metrics', '.case-milestones', '.case-qr'].map(box).filter(Boolean)};"""


@pytest.mark.parametrize("page", ["home", "case", "cases-list"])
def test_body_text_is_at_least_20px_at_1920(driver, base_url, page):
    require_page(PAGES[page])
    with viewport(driver, 1920, 1080):
        driver.get(base_url + PAGES[page])
        sizes = driver.execute_script(
            "var p = document.querySelector('.prose p, .card-summary');"
            "return {body: parseFloat(getComputedStyle(document.body).fontSize),"
            " text: p ? parseFloat(getComputedStyle(p).fontSize) : null};")
    assert sizes["body"] >= 20, f"{page} at 1920 px: body text is {sizes['body']} px, not ≥ 20 px"
    if page == "case":
        assert sizes["text"] >= 20, f"the case's text is {sizes['text']} px at 1920 px"


@pytest.mark.parametrize("width,height", [(1920, 1080), (2560, 1440)])
def test_a_case_page_uses_the_width(driver, base_url, width, height):
    require_page(PAGES["case"])
    with viewport(driver, width, height):
        driver.get(base_url + PAGES["case"])
        r = driver.execute_script(RECTS)
    prose, aside = r["prose"], r["aside"]
    assert prose and aside, r
    left = min([prose["left"]] + [a["left"] for a in aside])
    right = max([prose["right"]] + [a["right"] for a in aside])
    assert (right - left) / r["vw"] > 0.6, f"at {width} px text and figures span {right - left:.0f} px of {r['vw']}"
    # The column beside the text: right of it, and level with it.
    beside = [a for a in aside if a["left"] >= prose["right"] and a["top"] < prose["bottom"] and a["bottom"] > prose["top"]]
    assert beside, f"at {width} px nothing is beside the case's text (the right half is empty): {r}"
    assert r["vw"] - right < 0.1 * r["vw"], f"at {width} px the page stops {r['vw'] - right:.0f} px short of the right edge"


@pytest.mark.parametrize("width,height", [(1920, 1600), (1280, 1400)])
def test_a_short_page_keeps_the_footer_at_the_foot(driver, base_url, width, height):
    require_page("search/")
    with viewport(driver, width, height):
        driver.get(base_url + "search/")
        r = driver.execute_script(
            "var f = document.querySelector('.site-footer').getBoundingClientRect();"
            "return {footer: f.bottom, page: document.documentElement.scrollHeight, window: innerHeight};")
    assert r["page"] <= r["window"], f"the search page is not short at {width}×{height}: {r}"
    assert abs(r["footer"] - r["window"]) <= 1, f"a band of {r['window'] - r['footer']:.0f} px under the footer: {r}"
