"""`exhibit serve` in a real browser: the injected script reloads the page on save, shows
a content error over the last good page (as text, never as HTML) and clears it on fix.

Runs its own `exhibit serve` on a copy of the example site (content/ and templates/):
EXHIBIT_BINARY, else .build/debug/exhibit, else .build/release/exhibit.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def exhibit_binary():
    for candidate in (os.environ.get("EXHIBIT_BINARY"), REPO / ".build/debug/exhibit", REPO / ".build/release/exhibit"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    pytest.fail("no exhibit binary: run `swift build` or set EXHIBIT_BINARY", pytrace=False)


@contextlib.contextmanager
def serving(site):
    """`exhibit serve` on `site` until the block ends; yields its address."""
    log_path = site.parent / "serve.log"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(log_path, "w")
    proc = subprocess.Popen([exhibit_binary(), "serve", "--site", str(site), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while f"127.0.0.1:{port}/" not in log_path.read_text():
            assert proc.poll() is None and time.time() < deadline, log_path.read_text()
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.send_signal(2)
        assert proc.wait(10) == 0
        log.close()


@pytest.fixture()
def site_copy():
    scratch = Path(tempfile.mkdtemp(prefix="exhibit-live-"))
    site = scratch / "site"
    for folder in ("content", "templates"):
        shutil.copytree(REPO / folder, site / folder)
    yield site
    shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture()
def served_site(site_copy):
    with serving(site_copy) as url:
        yield site_copy, url


def wait_for(driver, condition, what, timeout=5):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = driver.execute_script(condition)
            if value:
                return value
        except Exception:  # the page is reloading
            pass
        time.sleep(0.05)
    pytest.fail(f"{what} within {timeout} s")


def test_reload_error_overlay_and_fix(driver, served_site):
    site, url = served_site
    case = site / "content/cases/apple-service.md"
    original = case.read_text(encoding="utf-8")
    driver.get(url + "/cases/apple-service/")
    wait_for(driver, "return window.WebSocket && document.readyState === 'complete'", "page loaded")
    time.sleep(0.3)  # the socket opens

    # Save a new title: the page reloads by itself and shows it.
    driver.execute_script("window.__before_reload = true")
    edited = original.replace("\ntitle: ", "\ntitle: 浏览器里改的标题 ", 1)
    case.write_text(edited, encoding="utf-8")
    wait_for(driver, "return !window.__before_reload && document.title.includes('浏览器里改的标题')",
             "the page reloaded with the new title")

    # Break it: the errors appear over the page, as text; the last good page stays under them.
    time.sleep(0.3)
    broken = edited.replace("\ncategory: rural-revitalization\n", '\ncategory: "<b>no-such</b>"\n', 1)
    line = broken.split("\n").index('category: "<b>no-such</b>"') + 1
    case.write_text(broken, encoding="utf-8")
    text = wait_for(driver, "const o = document.getElementById('exhibit-live-errors'); return o && o.innerText",
                    "the error overlay")
    assert f"content/cases/apple-service.md:{line}:" in text
    assert "<b>no-such</b>" in text, text
    assert driver.execute_script("return document.querySelectorAll('#exhibit-live-errors b').length") == 0
    assert "浏览器里改的标题" in driver.title

    # Fix it: the page reloads and the overlay is gone.
    case.write_text(edited, encoding="utf-8")
    wait_for(driver, "return document.readyState === 'complete' && !document.getElementById('exhibit-live-errors')"
                     " && document.title.includes('浏览器里改的标题')", "the overlay cleared")


def test_site_that_never_built_says_so_and_opens_once_fixed(driver, site_copy):
    # Broken before `serve` starts: there is no last good version to show under the errors.
    case = site_copy / "content/cases/apple-service.md"
    original = case.read_text(encoding="utf-8")
    case.write_text(original.replace("\ncategory: rural-revitalization\n", "\ncategory: no-such-category\n", 1),
                    encoding="utf-8")
    with serving(site_copy) as url:
        driver.get(url + "/cases/apple-service/")
        text = wait_for(driver, "const o = document.getElementById('exhibit-live-errors'); return o && o.innerText",
                        "the error overlay")
        assert "has not built yet" in text, text
        assert "last good version" not in text, text
        assert "content/cases/apple-service.md:" in text, text

        case.write_text(original, encoding="utf-8")
        wait_for(driver, "return document.readyState === 'complete' && !document.getElementById('exhibit-live-errors')"
                         " && !document.body.hasAttribute('data-exhibit-not-built')", "the built page", timeout=30)
