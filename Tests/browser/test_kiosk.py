"""/kiosk/, the hall screen's loop, in a real browser: it plays by itself, keys and taps
browse, it plays again after the idle time, it works opened from file:// (a USB stick),
reduced motion turns its fades off, and axe-core finds nothing at hall-screen sizes.

The page takes ?interval=N&idle=N (seconds) so that these checks take seconds, not
minutes; the example site's own settings are the defaults (8 s, 60 s)."""

import time
from contextlib import contextmanager

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from exhibit_browser import page_file, require_page
from test_accessibility import describe, run_axe

KIOSK = "kiosk/"


@contextmanager
def viewport(driver, width, height, reduced_motion=False):
    """An exact viewport (a hall screen is the whole window), put back afterwards: the
    driver is shared by the session."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    if reduced_motion:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def state(driver):
    return driver.execute_script(
        "var s = document.querySelector('.kiosk-slide.is-current'), k = document.getElementById('kiosk');"
        "return {slide: s && s.id, count: document.querySelectorAll('.kiosk-slide').length,"
        " mode: k.getAttribute('data-mode'), shown: document.querySelector('[data-current]').textContent,"
        " visible: [].filter.call(document.querySelectorAll('.kiosk-slide'),"
        "   function (e) { return getComputedStyle(e).visibility === 'visible'; }).length};")


def open_kiosk(driver, url):
    driver.get(url)
    WebDriverWait(driver, 10).until(lambda d: state(d)["mode"] == "loop")
    first = state(driver)
    assert first["slide"] == "kiosk-1" and first["shown"] == "1", first
    assert first["count"] >= 2, f"the example site should give the loop several slides: {first}"
    return first


def wait_for(driver, test, seconds, what):
    try:
        WebDriverWait(driver, seconds, poll_frequency=0.1).until(lambda d: test(state(d)))
    except Exception:
        pytest.fail(f"{what} within {seconds} s: {state(driver)}", pytrace=False)


def test_it_advances_by_itself(driver, base_url):
    require_page(KIOSK)
    with viewport(driver, 1920, 1080):
        open_kiosk(driver, base_url + KIOSK + "?interval=1&idle=60")
        wait_for(driver, lambda s: s["slide"] == "kiosk-2" and s["shown"] == "2", 4, "no second slide")
        wait_for(driver, lambda s: s["slide"] == "kiosk-3", 4, "no third slide")


def test_arrow_keys_and_space_browse(driver, base_url):
    require_page(KIOSK)
    with viewport(driver, 1920, 1080):
        first = open_kiosk(driver, base_url + KIOSK + "?interval=600&idle=600")
        keys = ActionChains(driver)
        keys.send_keys(Keys.ARROW_RIGHT).perform()
        assert state(driver)["slide"] == "kiosk-2"
        assert state(driver)["mode"] == "browse", "browsing by hand must pause the loop"
        time.sleep(1.2)
        assert state(driver)["visible"] == 1, f"not one slide on the screen once the fade is over: {state(driver)}"
        ActionChains(driver).send_keys(Keys.SPACE).perform()
        assert state(driver)["slide"] == "kiosk-3"
        ActionChains(driver).send_keys(Keys.ARROW_LEFT).perform()
        ActionChains(driver).send_keys(Keys.ARROW_LEFT).perform()
        assert state(driver)["slide"] == "kiosk-1"
        ActionChains(driver).send_keys(Keys.ARROW_LEFT).perform()
        assert state(driver)["slide"] == f"kiosk-{first['count']}", "← on the first slide goes round to the last"
        assert state(driver)["shown"] == str(first["count"])


def test_buttons_and_taps_browse(driver, base_url):
    require_page(KIOSK)
    with viewport(driver, 1080, 1920):
        open_kiosk(driver, base_url + KIOSK + "?interval=600&idle=600")
        driver.find_element(By.CSS_SELECTOR, ".kiosk-step[data-go='1']").click()
        assert state(driver)["slide"] == "kiosk-2"
        driver.find_element(By.CSS_SELECTOR, "[data-slide='1']").click()
        assert state(driver)["slide"] == "kiosk-1"
        # A tap on the picture (right two thirds) goes on; one on the left third, back.
        # (Offsets from the centre of the slide, which fills the 1080×1920 screen.)
        slide = driver.find_element(By.CSS_SELECTOR, ".kiosk-slide.is-current")
        ActionChains(driver).move_to_element_with_offset(slide, 300, -500).click().perform()
        assert state(driver)["slide"] == "kiosk-2"
        slide = driver.find_element(By.CSS_SELECTOR, ".kiosk-slide.is-current")
        ActionChains(driver).move_to_element_with_offset(slide, -450, -500).click().perform()
        assert state(driver)["slide"] == "kiosk-1"


def test_it_plays_again_after_the_idle_time(driver, base_url):
    require_page(KIOSK)
    with viewport(driver, 1920, 1080):
        open_kiosk(driver, base_url + KIOSK + "?interval=1&idle=3")
        ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
        assert state(driver)["mode"] == "browse"
        browsed = state(driver)["slide"]
        # While browsing, a 1 s interval does not move the slide on.
        time.sleep(2)
        assert state(driver)["slide"] == browsed and state(driver)["mode"] == "browse", state(driver)
        wait_for(driver, lambda s: s["mode"] == "loop", 3, "not back to the loop after 3 s idle")
        wait_for(driver, lambda s: s["slide"] != browsed, 3, "the loop does not move on after coming back")


def test_it_works_opened_from_a_file(driver, public_dir):
    """A USB stick: file://…/kiosk/index.html, no server; stylesheet, script and covers load."""
    require_page(KIOSK)
    url = page_file(KIOSK).resolve().as_uri() + "?interval=1&idle=60"
    with viewport(driver, 1920, 1080):
        open_kiosk(driver, url)
        assert driver.current_url.startswith("file://")
        styled = driver.execute_script(
            "return getComputedStyle(document.querySelector('.kiosk-slide')).position;")
        assert styled == "fixed", "kiosk.css did not load from file://"
        wait_for(driver, lambda s: s["slide"] == "kiosk-2", 4, "from file:// the loop does not advance")
        broken = driver.execute_script(
            "return [].filter.call(document.querySelectorAll('.kiosk-slide img'),"
            " function (i) { return i.complete && i.naturalWidth === 0; }).map(function (i) { return i.src; });")
        assert not broken, f"covers that do not load from file://: {broken}"


MOTION = """
var s = document.querySelector('.kiosk-slide.is-current'), i = s.querySelector('img'),
    bar = document.querySelector('.kiosk-dots .is-current span');
return {fade: getComputedStyle(s).transitionDuration, opacity: getComputedStyle(s).opacity,
        drift: i ? getComputedStyle(i).animationName : null,
        bar: getComputedStyle(bar, '::after').animationName};"""


def test_motion_plays_without_reduced_motion(driver, base_url):
    """The guard of the next check: the fades and the progress bar's fill are there."""
    require_page(KIOSK)
    with viewport(driver, 1920, 1080):
        open_kiosk(driver, base_url + KIOSK + "?interval=600&idle=600")
        motion = driver.execute_script(MOTION)
        assert motion["bar"] == "kiosk-fill" and motion["fade"].startswith("0.9s"), motion


def test_reduced_motion_changes_slides_without_fading(driver, base_url):
    require_page(KIOSK)
    with viewport(driver, 1920, 1080, reduced_motion=True):
        open_kiosk(driver, base_url + KIOSK + "?interval=600&idle=600")
        motion = driver.execute_script(MOTION)
        assert motion["bar"] == "none" and motion["drift"] in ("none", None), motion
        ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
        motion = driver.execute_script(MOTION)
        assert motion["fade"] in ("0s", "0s, 0s") and motion["opacity"] == "1", \
            f"the next slide fades in: {motion}"


def test_without_javascript_every_slide_is_shown(nojs_driver, base_url):
    require_page(KIOSK)
    nojs_driver.get(base_url + KIOSK)
    slides = nojs_driver.find_elements(By.CSS_SELECTOR, ".kiosk-slide")
    assert slides and all(s.is_displayed() for s in slides)
    assert not nojs_driver.find_element(By.CSS_SELECTOR, ".kiosk-nav").is_displayed(), \
        "buttons that do nothing without JavaScript are shown"


@pytest.mark.parametrize("width,height", [(1920, 1080), (1080, 1920), (1280, 900), (375, 812)])
def test_axe_no_violations_on_the_kiosk(driver, base_url, width, height):
    require_page(KIOSK)
    url = base_url + KIOSK + "?interval=600&idle=600"
    with viewport(driver, width, height):
        driver.get(url)
        WebDriverWait(driver, 10).until(lambda d: state(d)["mode"] == "loop")
        time.sleep(1)
        version, violations = run_axe(driver)
    assert not violations, describe(violations, f"kiosk at {width}×{height}", url, version)
