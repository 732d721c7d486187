"""No card alone in the last row of the home page's featured grid (issue 14)."""

import pytest

from exhibit_browser import PAGES, require_page


@pytest.mark.parametrize("width", [375, 800, 1280])
def test_featured_rows_are_full(width, driver, base_url):
    require_page(PAGES["home"])
    driver.set_window_size(width, 900)
    driver.get(base_url + PAGES["home"])
    tops = driver.execute_script(
        "return Array.from(document.querySelectorAll('.section-featured .card-grid > li'))"
        ".map(function (li) { return Math.round(li.getBoundingClientRect().top); })")
    assert tops, "the example site has featured cases"
    rows = [tops.count(t) for t in sorted(set(tops))]
    assert len(set(rows)) == 1, f"{len(tops)} featured cases at {width} px in rows of {rows}"
