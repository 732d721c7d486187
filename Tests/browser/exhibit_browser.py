"""Helpers shared by Exhibit's real-browser checks (fixtures in conftest.py) and scripts/screenshots.

The built site (env EXHIBIT_PUBLIC, default <repo>/public) is served by Python's
http.server on 127.0.0.1 on a free port, in a background thread, for the whole session,
and driven with headless Chromium through Selenium. Nothing here builds the site: run
`swift build && .build/debug/exhibit build` first.

Environment:
  EXHIBIT_PUBLIC        folder to serve (default: <repo>/public)
  EXHIBIT_CASE          slug of the case page to check (default: apple-service)
  EXHIBIT_CHROMIUM      Chromium binary (default: /usr/bin/chromium)
  EXHIBIT_CHROMEDRIVER  chromedriver (default: /usr/bin/chromedriver)
  EXHIBIT_AXE_JS        axe.min.js to inject (default: the one install.sh unpacks into
                        .axe/, axe-core 4.x; else axe-selenium-python's own)
  EXHIBIT_SKIP_MISSING  =1: skip, rather than fail, checks of pages not built yet
  EXHIBIT_SNAPSHOT      =0: serve EXHIBIT_PUBLIC in place instead of a copy taken at the
                        session's start (the copy keeps a concurrent build from
                        swapping pages out from under the checks)
"""

import functools
import http.server
import os
import shutil
import socketserver
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PUBLIC = Path(os.environ.get("EXHIBIT_PUBLIC", REPO / "public")).resolve()
CASE_SLUG = os.environ.get("EXHIBIT_CASE", "apple-service")
CHROMIUM = os.environ.get("EXHIBIT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("EXHIBIT_CHROMEDRIVER", "/usr/bin/chromedriver")
WINDOW = (1280, 900)
LOCAL_AXE = Path(__file__).resolve().parent / ".axe/axe_selenium_python/node_modules/axe-core/axe.min.js"

# The pages checked, by a short name used in test ids and messages.
PAGES = {
    "home": "",
    "case": f"cases/{CASE_SLUG}/",
    "cases-list": "cases/",
    "tag-list": "tags/chan-xue-yan/",
    "organization-list": "organizations/yan-jiu-sheng-yuan-chuang-xin-chuang-ye-zhong-xin/",
    "dashboard": "dashboard/",
    "scorecard": "scorecards/nong-xue-yuan-yan-jiu-sheng-di-yi-dang-zhi-bu/",
    "map": "map/",
    "place": "places/shaanxi/",
    "timeline": "timeline/",
    "booklet": "booklet/",
    "search": "search/",
}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(directory):
    """Serve `directory` on 127.0.0.1 on a free port in a daemon thread.

    Returns (server, base_url); base_url ends with '/'. Call server.shutdown() to stop."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="exhibit-http", daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


# The folder actually served: a snapshot of PUBLIC taken at the start of the session (see
# snapshot()), so that a build running meanwhile cannot pull pages from under a check.
SERVED = PUBLIC


def built_and_served(binary, site, what):
    """For a fixture: builds the site folder `site` (inside a scratch folder of its own)
    with `binary`, serves its output and yields (public, url); afterwards stops the
    server and removes the scratch folder."""
    done = subprocess.run([binary, "build", "--site", str(site), "--quiet"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{what} should build:\n{done.stderr[-3000:]}"
    public = site / "public"
    server, url = serve(public)
    try:
        yield public, url
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(site.parent, ignore_errors=True)


def snapshot(source):
    """Copy the built site to a temporary folder, retrying while a build swaps it."""
    last = None
    for attempt in range(10):
        target = Path(tempfile.mkdtemp(prefix="exhibit-public-")) / "public"
        try:
            shutil.copytree(source, target, symlinks=True)
            return target
        except (OSError, shutil.Error) as error:  # files vanishing under a running build
            last = error
            shutil.rmtree(target.parent, ignore_errors=True)
            time.sleep(1 + attempt)
    raise RuntimeError(f"could not copy {source}: {last}")


def set_served(folder):
    global SERVED
    SERVED = Path(folder)


def page_file(path):
    """The built file behind a page path such as 'cases/' or ''."""
    return SERVED / path / "index.html"


def require_page(path):
    """Fail (or skip, with EXHIBIT_SKIP_MISSING=1) clearly when a page was not built.

    http.server would answer a folder without index.html with a directory listing, which
    axe would then happily check, so the file itself is looked for."""
    if page_file(path).is_file():
        return
    message = (
        f"page /{path} is MISSING: {PUBLIC / path / 'index.html'} does not exist. "
        "Is it implemented yet, and was the site built (`.build/debug/exhibit build`)?"
    )
    if os.environ.get("EXHIBIT_SKIP_MISSING") == "1":
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


def chrome_options(javascript=True, user_data_dir=None):
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--hide-scrollbars",
                f"--window-size={WINDOW[0]},{WINDOW[1]}", "--lang=zh-CN"):
        options.add_argument(arg)
    if user_data_dir:
        options.add_argument(f"--user-data-dir={user_data_dir}")
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    return options


def make_driver(javascript=True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="exhibit-chrome-")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER),
                              options=chrome_options(javascript, profile))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    driver._exhibit_profile = profile
    return driver


def quit_driver(driver):
    try:
        driver.quit()
    finally:
        shutil.rmtree(getattr(driver, "_exhibit_profile", ""), ignore_errors=True)


def axe_script():
    """The axe.min.js to inject: EXHIBIT_AXE_JS, else install.sh's axe-core 4.x, else the
    one bundled with the installed axe-selenium-python (3.1.1 on Python < 3.12)."""
    if os.environ.get("EXHIBIT_AXE_JS"):
        return Path(os.environ["EXHIBIT_AXE_JS"])
    if LOCAL_AXE.is_file():
        return LOCAL_AXE
    import axe_selenium_python.axe as bundled
    return Path(bundled._DEFAULT_SCRIPT)


