"""/search/ in a real browser: queries typed into the page find the expected cases first,
Chinese queries that cross word boundaries included; with JavaScript off the page says
that search needs it and links the category and tag indexes."""

import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from exhibit_browser import require_page

# (query, the case title that must come first): substrings of the example cases, some
# of them across word boundaries (土壤检测 → 壤检, 革命旧址 → 命旧).
QUERIES = [
    ("苹果", "苹果产业“三段式”创新服务"),
    ("壤检", "苹果产业“三段式”创新服务"),
    ("先锋岗", "生物制药实验室“党员先锋岗”"),
    ("命旧址", "十二处革命旧址“云上展馆”"),
    ("greenhouse", "Low-Cost Sensor Network for Smart Greenhouses"),
]


def results(driver):
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result-title")]


def search(driver, base_url, query):
    """Types the query into /search/ and waits for its results."""
    require_page("search/")
    driver.get(base_url + "/search/")
    box = driver.find_element(By.ID, "search-q")
    box.clear()
    box.send_keys(query)
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: results(d))


@pytest.mark.parametrize("query,first", QUERIES)
def test_typed_query_finds_the_case_first(driver, base_url, query, first):
    search(driver, base_url, query)
    found = results(driver)
    assert found[0] == first, f"query {query!r}: first result {found[0]!r}, expected {first!r}; all: {found}"
    marks = driver.find_elements(By.CSS_SELECTOR, "#search-results mark")
    assert marks, f"query {query!r}: no highlighted match in the snippets"


def marks(driver):
    """Each result's marked texts, with the character before and after each mark."""
    return driver.execute_script("""
        return [...document.querySelectorAll('#search-results .search-result')].map((li) =>
          [li.textContent, [...li.querySelectorAll('mark')].map((m) => {
            const before = m.previousSibling ? m.previousSibling.textContent : '';
            const after = m.nextSibling ? m.nextSibling.textContent : '';
            return [before.slice(-1), m.textContent, after.slice(0, 1)];
          })]);""")


def test_a_number_is_marked_whole(driver, base_url):
    # The index has `12` as a word: `120` and `2012` are other words, not matches of it.
    search(driver, base_url, "12")
    found = [m for _, ms in marks(driver) for m in ms]
    assert found, "query '12': nothing marked"
    inside = [m for m in found if m[0].isdigit() or m[2].isdigit()]
    assert not inside, f"query '12' marked inside longer numbers: {inside}"


def test_a_result_with_the_query_as_written_marks_only_that(driver, base_url):
    # 党支部 is searched as its pairs 党支 and 支部; a result that has 党支部 itself marks
    # it, not the 支部 of 共建支部 elsewhere in its text.
    search(driver, base_url, "党支部")
    rows = marks(driver)
    whole = [(text, ms) for text, ms in rows if "党支部" in text]
    assert whole, "no result shows 党支部"
    for text, ms in whole:
        assert ms and all(m[1] == "党支部" for m in ms), f"marks {ms} in {text[:80]!r}"


def test_query_from_the_header_box_lands_on_results(driver, base_url):
    require_page("search/")
    # At a desk width the box is in the header; on a phone it is behind the menu button
    # (test_phone.py). The session's window keeps the size an earlier test gave it.
    driver.set_window_size(1280, 900)
    driver.get(base_url + "/cases/apple-service/")
    box = driver.find_element(By.ID, "site-q")
    box.send_keys("电商直播")
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: "/search/" in d.current_url and results(d))
    assert urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)["q"] == ["电商直播"]


def test_without_javascript_the_page_says_so_and_links_the_indexes(nojs_driver, base_url):
    require_page("search/")
    nojs_driver.get(base_url + "/search/")
    text = nojs_driver.find_element(By.CSS_SELECTOR, "main").text
    assert "JavaScript" in text
    links = [a.get_attribute("href") for a in nojs_driver.find_elements(By.CSS_SELECTOR, ".search-noscript a")]
    assert any(h.endswith("/categories/") for h in links) and any(h.endswith("/tags/") for h in links), links
