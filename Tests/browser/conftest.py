"""Fixtures for Exhibit's real-browser checks; the helpers are in exhibit_browser.py.

The built site is served from a snapshot copy over http on 127.0.0.1 (free port, background
thread) and driven with headless Chromium through Selenium. See README.md.
"""

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from exhibit_browser import (  # noqa: E402
    PUBLIC, make_driver, quit_driver, serve, set_served, snapshot)


@pytest.fixture(scope="session")
def public_dir():
    if not (PUBLIC / "index.html").is_file():
        pytest.fail(f"no built site at {PUBLIC} (no index.html): build it first with "
                    "`swift build && .build/debug/exhibit build`, or set EXHIBIT_PUBLIC",
                    pytrace=False)
    if os.environ.get("EXHIBIT_SNAPSHOT", "1") == "0":
        set_served(PUBLIC)
        yield PUBLIC
        return
    copy = snapshot(PUBLIC)
    set_served(copy)
    yield copy
    shutil.rmtree(copy.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def base_url(public_dir):
    server, url = serve(public_dir)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def driver():
    d = make_driver(javascript=True)
    yield d
    quit_driver(d)


@pytest.fixture(scope="session")
def nojs_driver():
    d = make_driver(javascript=False)
    yield d
    quit_driver(d)
