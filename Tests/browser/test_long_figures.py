"""No figure runs out of its box, however long: checked in a real browser at every width.

A figure and its unit never break apart, so a long one (`26,000,000人次`) used to run past
its card and be cut. A site is built whose cases report figures of 1 to 12 digits, with
decimals and with units of no to four characters (Chinese and English), several reported
twice so that the home page's headline and the dashboard sum them into longer totals.
Every metric card of every case page and of the web booklet, the cards of the category
list, the home page's headline figures and the dashboard's sums are then measured at phone, tablet, laptop and
hall-screen widths: the drawn text of each figure must end inside its box's padding.
"""

import tempfile
from pathlib import Path

import pytest

from exhibit_browser import built_and_served
from test_live_reload import exhibit_binary

WIDTHS = [320, 375, 414, 768, 1024, 1280, 1440, 1920, 2560]
UNITS = ["", "%", "项", "人次", "个百分点", "people", "km²"]
# (label, value) for every length from one digit to twelve, and decimals.
VALUES = [(f"{d}位", int("8" * d)) for d in range(1, 13)] + [("小数", 88.5), ("大小数", 8888888.5)]

# The right edge of each figure's text against its box's content edge, in CSS pixels.
OVERFLOW = """
const found = [];
const boxes = [['.metric', '.metric-value'], ['.figure', '.figure-value'],
               ['.dash-metric', '.dash-metric-value']];
for (const [box, value] of boxes) {
  for (const b of document.querySelectorAll(box)) {
    const v = b.querySelector(value);
    if (!v) continue;
    const range = document.createRange();
    range.selectNodeContents(v);
    const style = getComputedStyle(b);
    const edge = b.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const over = range.getBoundingClientRect().right - edge;
    if (over > 0.5) found.push(`${box} "${v.textContent}" by ${over.toFixed(1)} px`);
  }
}
return found;
"""


def case_file(n, metrics):
    rows = "\n".join(f"  - {{label: {label}, value: {value}, unit: \"{unit}\"}}" for label, value, unit in metrics)
    return f"""---
title: 长数字案例 {n}
date: 2024-0{n % 9 + 1}-01
category: research
summary: 数字有长有短。
organization: 研究生院
featured: true
metrics:
{rows}
---
正文。
"""


@pytest.fixture(scope="module")
def figures_site():
    scratch = Path(tempfile.mkdtemp(prefix="exhibit-figures-"))
    site = scratch / "site"
    (site / "content/cases").mkdir(parents=True)
    (site / "content/site.yaml").write_text("""title: 长数字
base_url: https://example.org/
categories:
  - {id: research, name: 科研}
""", encoding="utf-8")
    every = [(f"{label}{unit}", value, unit) for label, value in VALUES for unit in UNITS]
    # Six figures a case; each figure is in two cases, so that totals are made of it.
    per_case = 6
    for n in range(0, len(every), per_case):
        chunk = every[n:n + per_case]
        for copy in (0, 1):
            (site / f"content/cases/case-{n}-{copy}.md").write_text(case_file(n // per_case, chunk), encoding="utf-8")
    yield from built_and_served(exhibit_binary(), site, "the site of long figures")


@pytest.fixture(autouse=True)
def window_as_it_was(driver):
    """The browser is shared by every test file: the width set here must not stay."""
    yield
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def measure(driver, url, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.get(url)
    driver.execute_async_script("const done = arguments[0]; document.fonts.ready.then(() => done());")
    return driver.execute_script(OVERFLOW)


def pages(public):
    cases = sorted(p.parent.name for p in (public / "cases").glob("case-*-0/index.html"))
    return ["/", "/dashboard/", "/categories/research/", "/booklet/"] + [f"/cases/{c}/" for c in cases]


def test_no_figure_runs_out_of_its_box(figures_site, driver):
    public, url = figures_site
    paths = pages(public)
    assert len(paths) > 10, paths
    problems = []
    for width in WIDTHS:
        for path in paths:
            problems += [f"{path} at {width} px: {p}" for p in measure(driver, url + path, width)]
    assert not problems, "figures run out of their boxes:\n" + "\n".join(problems[:40])


def test_the_measure_does_catch_a_figure_too_wide(figures_site, driver):
    """The check above is not blind: with the figures' sizes forced up, it finds them."""
    public, url = figures_site
    measure(driver, url + "/cases/case-60-0/", 375)
    driver.execute_script("""const s = document.createElement('style');
        s.textContent = '.metric-number { font-size: 4rem !important; }'; document.head.append(s);""")
    found = driver.execute_script(OVERFLOW)
    assert any("8,888,888,888" in f for f in found), found
