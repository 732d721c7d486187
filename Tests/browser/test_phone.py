"""Phone first (issue 14): a 375 px visitor who just scanned a board's QR code.

The header is at most 120 px tall, the menu folds behind a disclosure button that opens
it (search included), no QR code is shown on the phone (print keeps it), Markdown tables
scroll sideways inside their box, and the booklet is not A4 sheets that clip."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from exhibit_browser import PAGES, require_page

PHONE = (375, 812)
# apple-service has a QR code (the example site has a base_url) and a wide table.
CASE = PAGES["case"]


def open_page(driver, base_url, path, size=PHONE):
    require_page(path)
    driver.set_window_size(*size)
    driver.get(base_url + path)


def header_height(driver):
    return driver.execute_script("return document.querySelector('.site-header').getBoundingClientRect().height")


@pytest.mark.parametrize("page", ["home", "case", "cases-list", "dashboard", "booklet"])
def test_header_is_at_most_120_px_on_a_phone(page, driver, base_url):
    open_page(driver, base_url, PAGES[page])
    assert header_height(driver) <= 120, f"{page}: header {header_height(driver)} px at 375 px"


def test_menu_button_discloses_navigation_and_search(driver, base_url):
    open_page(driver, base_url, PAGES["home"])
    button = driver.find_element(By.CSS_SELECTOR, "button.menu-button")
    menu = driver.find_element(By.ID, button.get_attribute("aria-controls"))
    search = driver.find_element(By.ID, "site-q")
    assert button.is_displayed() and button.get_attribute("aria-expanded") == "false"
    assert not menu.is_displayed() and not search.is_displayed()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert menu.is_displayed() and search.is_displayed()
    search.send_keys("苹果")            # search is reachable from the menu
    search.send_keys(Keys.ESCAPE)
    assert button.get_attribute("aria-expanded") == "false" and not menu.is_displayed()
    assert driver.switch_to.active_element == button


def test_menu_is_open_without_javascript(nojs_driver, base_url):
    """Without script the button could do nothing: it is hidden and the menu stays shown."""
    open_page(nojs_driver, base_url, PAGES["home"])
    assert not nojs_driver.find_element(By.CSS_SELECTOR, "button.menu-button").is_displayed()
    assert nojs_driver.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed()
    assert nojs_driver.find_element(By.ID, "site-q").is_displayed()


def test_wide_screens_have_no_menu_button(driver, base_url):
    open_page(driver, base_url, PAGES["home"], size=(1280, 900))
    assert not driver.find_element(By.CSS_SELECTOR, "button.menu-button").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed()


def test_no_qr_code_on_a_phone_but_on_a_desk(driver, base_url):
    open_page(driver, base_url, CASE)
    assert not driver.find_element(By.CSS_SELECTOR, ".case-qr").is_displayed()
    open_page(driver, base_url, CASE, size=(1280, 900))
    assert driver.find_element(By.CSS_SELECTOR, ".case-qr").is_displayed()


def test_tables_scroll_sideways_inside_their_box(driver, base_url):
    open_page(driver, base_url, CASE)
    tables = driver.find_elements(By.CSS_SELECTOR, ".prose table")
    assert tables, "the case page should have a Markdown table"
    page_width = driver.execute_script("return document.documentElement.scrollWidth")
    assert page_width <= PHONE[0], f"the page scrolls sideways: {page_width} px"
    for table in tables:
        box = driver.execute_script(
            "var t = arguments[0]; return [t.clientWidth, t.scrollWidth,"
            " Math.max.apply(null, Array.from(t.querySelectorAll('th')).map(function (h) {"
            " return h.getBoundingClientRect().height; }))]", table)
        client, scroll, tallest_header = box
        # A header of one line is about 2.6 em tall with its padding; three lines were 70+ px.
        assert tallest_header < 50, f"a table header wraps: {tallest_header} px"
        assert client <= PHONE[0]
        if scroll > client:
            assert table.get_attribute("tabindex") == "0", "a scrolling table must take the keyboard focus"


def test_booklet_is_readable_on_a_phone(driver, base_url):
    open_page(driver, base_url, PAGES["booklet"])
    clipped = driver.execute_script(
        "return Array.from(document.querySelectorAll('.booklet-page')).filter(function (p) {"
        " return p.scrollHeight > p.clientHeight + 1 || p.getBoundingClientRect().width > 375; }).length")
    assert clipped == 0, f"{clipped} booklet pages clip their content or overflow at 375 px"
    assert not any(q.is_displayed() for q in driver.find_elements(By.CSS_SELECTOR, ".booklet-qr"))
