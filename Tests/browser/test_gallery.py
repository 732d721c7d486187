"""A case's gallery and its viewer (static/js/gallery.js), and the case's video.

The example site's digital-hall case has a gallery of four pictures and a video; another
case can be named with EXHIBIT_GALLERY_CASE (it needs a gallery of two or more)."""

import os
import urllib.request

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from exhibit_browser import require_page
from test_accessibility import describe, run_axe

GALLERY_PAGE = f"cases/{os.environ.get('EXHIBIT_GALLERY_CASE', 'red-sites-digital-hall')}/"


def open_page(driver, base_url, width=1280):
    require_page(GALLERY_PAGE)
    driver.set_window_size(width, 900)
    driver.get(base_url + GALLERY_PAGE)
    links = driver.find_elements(By.CSS_SELECTOR, "[data-gallery] a[data-gallery-item]")
    assert len(links) >= 2, f"{GALLERY_PAGE}: expected a gallery of two or more pictures, found {len(links)}"
    return links


def viewer_state(driver):
    """What the viewer shows: open or not, the picture, the caption, where the focus is."""
    return driver.execute_script(
        "var d = document.querySelector('dialog.gallery-viewer'), a = document.activeElement;"
        "var img = d && d.querySelector('img');"
        "return {open: !!(d && d.open), src: img ? img.src : null, alt: img ? img.alt : null,"
        " caption: d ? d.querySelector('figcaption').textContent : null,"
        " live: d ? d.querySelector('figcaption').getAttribute('aria-live') : null,"
        " focusInside: !!(d && d.contains(a)), focusHref: a && a.href || null,"
        " focusLabel: a && a.getAttribute('aria-label')};")


def press(driver, key):
    ActionChains(driver).send_keys(key).perform()


def test_the_viewer_works_with_the_keyboard(driver, base_url):
    links = open_page(driver, base_url)
    hrefs = [a.get_attribute("href") for a in links]
    alts = [a.find_element(By.TAG_NAME, "img").get_attribute("alt") for a in links]
    n = len(links)
    assert viewer_state(driver)["open"] is False

    # A keyboard user reaches the first thumbnail and presses Enter.
    driver.execute_script("arguments[0].focus();", links[0])
    press(driver, Keys.ENTER)
    state = viewer_state(driver)
    assert state["open"], "Enter on a thumbnail did not open the viewer"
    assert state["src"] == hrefs[0] and state["alt"] == alts[0], state
    assert state["caption"].startswith(f"1 / {n}"), state
    assert state["live"] == "polite", "the caption is not announced (aria-live)"
    assert state["focusInside"] and state["focusLabel"], f"the focus is not on a named control of the viewer: {state}"

    press(driver, Keys.ARROW_RIGHT)
    state = viewer_state(driver)
    assert state["src"] == hrefs[1] and state["caption"].startswith(f"2 / {n}"), state
    press(driver, Keys.ARROW_LEFT)
    press(driver, Keys.ARROW_LEFT)
    state = viewer_state(driver)
    assert state["src"] == hrefs[-1] and state["caption"].startswith(f"{n} / {n}"), \
        f"← from the first picture should wrap to the last: {state}"
    press(driver, Keys.ARROW_RIGHT)
    press(driver, Keys.ARROW_RIGHT)
    assert viewer_state(driver)["src"] == hrefs[1]

    # Tab stays in the modal viewer.
    for _ in range(5):
        press(driver, Keys.TAB)
        assert viewer_state(driver)["focusInside"], "Tab left the open viewer"

    press(driver, Keys.ESCAPE)
    state = viewer_state(driver)
    assert not state["open"], "Escape did not close the viewer"
    assert state["focusHref"] == hrefs[1], \
        f"after Escape the focus should be on the thumbnail of the picture last shown ({hrefs[1]}): {state}"

    # The buttons do what the keys do, and the close button closes.
    press(driver, Keys.ENTER)
    assert viewer_state(driver)["open"] and viewer_state(driver)["src"] == hrefs[1]
    driver.find_element(By.CSS_SELECTOR, "dialog.gallery-viewer .gallery-next").click()
    assert viewer_state(driver)["src"] == hrefs[2 % n]
    driver.find_element(By.CSS_SELECTOR, "dialog.gallery-viewer .gallery-close").click()
    state = viewer_state(driver)
    assert not state["open"] and state["focusHref"] == hrefs[2 % n], state


def test_the_picture_in_the_viewer_loads(driver, base_url):
    links = open_page(driver, base_url, width=375)
    links[0].click()
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "var i = document.querySelector('dialog.gallery-viewer img'); return i.complete && i.naturalWidth > 0;"))
    box = driver.execute_script(
        "var r = document.querySelector('dialog.gallery-viewer img').getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, vw: innerWidth, vh: innerHeight};")
    assert 0 <= box["left"] and box["right"] <= box["vw"] and 0 <= box["top"] and box["bottom"] <= box["vh"], \
        f"the picture does not fit a 375 px screen: {box}"
    press(driver, Keys.ESCAPE)


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("viewer", ["closed", "open"])
def test_axe_no_violations_with_the_gallery(viewer, width, driver, base_url):
    links = open_page(driver, base_url, width)
    if viewer == "open":
        links[0].click()
        assert viewer_state(driver)["open"]
    version, violations = run_axe(driver)
    assert not violations, describe(violations, f"{GALLERY_PAGE} at {width} px, viewer {viewer}",
                                    base_url + GALLERY_PAGE, version)
    if viewer == "open":
        press(driver, Keys.ESCAPE)


def test_the_gallery_links_work_without_javascript(nojs_driver, base_url):
    links = open_page(nojs_driver, base_url)
    hrefs = [a.get_attribute("href") for a in links]
    assert not nojs_driver.find_elements(By.CSS_SELECTOR, "dialog"), "a viewer exists without JavaScript"
    for href in hrefs:
        with urllib.request.urlopen(href) as response:
            assert response.status == 200 and response.headers["Content-Type"].startswith("image/"), href
    links[0].click()
    WebDriverWait(nojs_driver, 10).until(lambda d: d.current_url == hrefs[0])


def test_the_video_has_its_poster_size_and_subtitles(driver, base_url):
    open_page(driver, base_url)
    video = driver.execute_script(
        "var v = document.querySelector('.prose video');"
        "if (!v) return null;"
        "return {width: v.getAttribute('width'), height: v.getAttribute('height'), poster: v.poster,"
        " tracks: Array.prototype.map.call(v.querySelectorAll('track'), function (t) { return t.srclang; }),"
        " caption: v.closest('figure') && v.closest('figure').querySelector('figcaption').textContent,"
        " shown: v.getBoundingClientRect().width};")
    assert video, f"{GALLERY_PAGE} has no video"
    assert video["width"] and video["height"] and video["poster"], video
    assert sorted(video["tracks"]) == ["en", "zh"], video
    assert video["shown"] > 0
    with urllib.request.urlopen(video["poster"]) as response:
        assert response.status == 200 and response.read(3) == b"\xff\xd8\xff", video["poster"]
