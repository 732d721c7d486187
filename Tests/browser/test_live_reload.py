"""`exhibit serve` in a real browser: the injected script reloads the page on save, shows
a content error over the last good page (as text, never as HTML) and clears it on fix.

Runs its own `exhibit serve` on a copy of the example site (content/ and templates/):
EXHIBIT_BINARY, else .build/debug/exhibit, else .build/release/exhibit.
"""

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


@pytest.fixture()
def served_site():
    scratch = Path(tempfile.mkdtemp(prefix="exhibit-live-"))
    site = scratch / "site"
    for folder in ("content", "templates"):
        shutil.copytree(REPO / folder, site / folder)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(scratch / "serve.log", "w")
    proc = subprocess.Popen([exhibit_binary(), "serve", "--site", str(site), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.time() + 120
    while f"127.0.0.1:{port}/" not in (scratch / "serve.log").read_text():
        assert proc.poll() is None and time.time() < deadline, (scratch / "serve.log").read_text()
        time.sleep(0.05)
    yield site, f"http://127.0.0.1:{port}"
    proc.send_signal(2)
    assert proc.wait(10) == 0
    log.close()
    shutil.rmtree(scratch, ignore_errors=True)


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
