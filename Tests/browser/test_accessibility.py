"""Accessibility in a real browser: axe-core, JavaScript off, keyboard.

See README.md in this folder for how to run these checks."""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from exhibit_browser import PAGES, axe_script, require_page

AXE_PAGES = ["home", "case", "cases-list", "tag-list", "organization-list", "dashboard", "scorecard", "map", "place", "timeline", "booklet"]
AXE_WIDTHS = [1280, 375]   # desktop, phone: contrast and landmarks can differ by layout
NOJS_PAGES = ["home", "case", "cases-list", "dashboard", "scorecard", "map", "timeline"]
SKIP_LINK_PAGES = ["home", "case"]


# --------------------------------------------------------------------------- axe-core

def run_axe(driver):
    from axe_selenium_python import Axe

    Axe(driver, str(axe_script())).inject()
    version = driver.execute_script("return window.axe && axe.version")
    results = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(done, function (e) { done({error: String(e)}); });",
        {"resultTypes": ["violations"]},
    )
    assert "error" not in results, f"axe-core {version} failed: {results.get('error')}"
    return version, results["violations"]


def describe(violations, page, url, version):
    lines = [f"{len(violations)} axe-core {version} violation(s) on {page} ({url}):"]
    if str(version).startswith(("1.", "2.", "3.")):
        lines.append(f"NOTE: axe-core {version} is outdated and reports valid HTML (<div> groups "
                     "in <dl>) as dlitem violations: run Tests/browser/install.sh for axe-core 4.x")
    for v in violations:
        lines.append("")
        lines.append(f"[{v['id']}] impact={v.get('impact')}: {v['help']}")
        lines.append(f"    {v.get('helpUrl', '')}")
        for node in v["nodes"]:
            target = ", ".join(" >>> ".join(t) if isinstance(t, list) else t
                               for t in node["target"])
            lines.append(f"  - target: {target}")
            lines.append(f"    html:   {node['html'][:300]}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", "\n            ")
            if summary:
                lines.append(f"    why:    {summary}")
    return "\n".join(lines)


def test_axe_finds_a_known_violation(driver):
    """Guard: axe-core is injected and reports; otherwise '0 violations' proves nothing."""
    driver.get("data:text/html;charset=utf-8,<!doctype html><html lang=en><title>t</title>"
               "<main><h1>t</h1><img src='x.png'></main>")
    _, violations = run_axe(driver)
    assert "image-alt" in [v["id"] for v in violations], violations


@pytest.mark.parametrize("width", AXE_WIDTHS)
@pytest.mark.parametrize("page", AXE_PAGES)
def test_axe_no_violations(page, width, driver, base_url):
    require_page(PAGES[page])
    url = base_url + PAGES[page]
    driver.set_window_size(width, 900)
    driver.get(url)
    driver.execute_async_script(
        "var done = arguments[0]; (document.fonts ? document.fonts.ready : Promise.resolve())"
        ".then(function () { done(); }, function () { done(); });")
    version, violations = run_axe(driver)
    assert not violations, describe(violations, f"{page} at {width} px", url, version)


# --------------------------------------------------------------------------- JavaScript off

def test_javascript_is_really_off(nojs_driver):
    """Guard for the checks below: page scripts must not run in this browser."""
    nojs_driver.get("data:text/html,<title>before</title>"
                    "<script>document.title='after'</script><p>x</p>")
    assert nojs_driver.title == "before", "JavaScript still runs: the no-JS checks prove nothing"


def visible_text(driver, css):
    found = [e for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]
    return " ".join(e.text.strip() for e in found).strip()


@pytest.mark.parametrize("page", NOJS_PAGES)
def test_main_content_without_javascript(page, nojs_driver, base_url):
    require_page(PAGES[page])
    url = base_url + PAGES[page]
    nojs_driver.get(url)
    mains = nojs_driver.find_elements(By.CSS_SELECTOR, "main")
    assert len(mains) == 1, f"{url}: expected one <main>, found {len(mains)}"
    h1 = visible_text(nojs_driver, "h1")
    assert h1, f"{url}: with JavaScript off there is no visible, non-empty <h1>"
    main_text = mains[0].text.strip()
    assert len(main_text) > len(h1) + 20, \
        f"{url}: with JavaScript off <main> shows almost nothing: {main_text[:200]!r}"

    if page == "home":
        cards = [a for a in mains[0].find_elements(By.CSS_SELECTOR, "a[href*='cases/']")
                 if a.is_displayed()]
        assert cards, f"{url}: with JavaScript off the home page shows no links to cases"
    if page == "case":
        title = nojs_driver.title
        assert h1 in title, f"{url}: <h1> {h1!r} is not the case's title (<title> {title!r})"
        body = visible_text(nojs_driver, "main article .prose")
        assert len(body) > 100, (
            f"{url}: with JavaScript off the case body (main article .prose) is missing "
            f"or hidden: {body[:200]!r}")
    if page == "dashboard":
        charts = nojs_driver.find_elements(By.CSS_SELECTOR, "main svg")
        tables = [t for t in nojs_driver.find_elements(By.CSS_SELECTOR, "main table")]
        assert charts, f"{url}: with JavaScript off the dashboard has no SVG chart in <main>"
        assert tables, f"{url}: the dashboard has no <table> giving the charts' data"
        dimensions = nojs_driver.find_elements(By.CSS_SELECTOR, "main .dash-dimension")
        assert dimensions, f"{url}: the dashboard has no section per dimension of the indicator framework"
        strips = nojs_driver.find_elements(By.CSS_SELECTOR, "main .dash-dimension svg[role='img'] desc")
        assert strips, f"{url}: the indicators' distributions have no SVG with a text alternative"
    if page == "map":
        tiles = nojs_driver.find_elements(By.CSS_SELECTOR, "main svg .map-tile")
        assert len(tiles) == 34, f"{url}: the map has {len(tiles)} province tiles, not 34"
        links = [a.get_dom_attribute("href") for a in nojs_driver.find_elements(By.CSS_SELECTOR, "main svg a.map-link")]
        assert links and all(link.startswith("../places/") for link in links), \
            f"{url}: the map's tiles with cases do not link to place pages: {links}"
    if page == "scorecard":
        chart = nojs_driver.find_elements(By.CSS_SELECTOR, "main svg[role='img'][aria-labelledby]")
        assert chart, f"{url}: with JavaScript off the scorecard has no labelled SVG chart"
        cells = [td.text for td in nojs_driver.find_elements(By.CSS_SELECTOR, "main table td")]
        assert any(c.strip() for c in cells), f"{url}: the scorecard's tables give no figures"


# --------------------------------------------------------------------------- keyboard

def active(driver):
    return driver.switch_to.active_element


@pytest.mark.parametrize("page", SKIP_LINK_PAGES)
def test_first_tab_focuses_skip_link(page, driver, base_url):
    require_page(PAGES[page])
    url = base_url + PAGES[page]
    driver.set_window_size(1280, 900)
    driver.get(url)
    # Start from the document itself, as a user who has just loaded the page.
    driver.execute_script("if (document.activeElement) document.activeElement.blur();")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    el = active(driver)
    info = driver.execute_script(
        "var e = arguments[0], r = e.getBoundingClientRect();"
        "return {tag: e.tagName.toLowerCase(), href: e.getAttribute('href'),"
        " cls: e.className, text: (e.textContent || '').trim(), html: e.outerHTML.slice(0, 200),"
        " w: r.width, h: r.height, top: r.top, left: r.left,"
        " vw: window.innerWidth, vh: window.innerHeight};", el)
    assert info["tag"] == "a" and (info["href"] or "").startswith("#") and len(info["href"]) > 1, \
        f"{url}: the first Tab focuses {info['html']!r}, not a skip link (<a href=\"#…\">)"
    assert info["text"], f"{url}: the skip link has no text: {info['html']!r}"
    target_id = info["href"][1:]
    target = driver.find_elements(By.ID, target_id)
    assert target, f"{url}: the skip link points to #{target_id}, which does not exist"
    assert target[0].tag_name.lower() == "main" or \
        driver.execute_script("return !!arguments[0].querySelector('main') || "
                              "!!arguments[0].closest('main');", target[0]), \
        f"{url}: the skip link's target #{target_id} is not, and does not hold, <main>"
    # Focused, it must be seen: on screen and not clipped to a 1px box.
    assert info["w"] > 1 and info["h"] > 1 and 0 <= info["top"] < info["vh"] \
        and 0 <= info["left"] < info["vw"], \
        f"{url}: the focused skip link is not visible on screen: {info}"

    # Following it lets the next Tab continue inside the main content.
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    ActionChains(driver).send_keys(Keys.TAB).perform()
    inside = driver.execute_script(
        "var t = document.getElementById(arguments[0]), a = document.activeElement;"
        "return !!t && !!a && (t === a || t.contains(a));", target_id)
    assert inside, (
        f"{url}: after Enter on the skip link, the next Tab focuses "
        f"{driver.execute_script('return document.activeElement.outerHTML.slice(0, 200)')!r}, "
        f"outside #{target_id}")
