#!/usr/bin/env bash
# Installs what the browser checks need: Chromium, chromedriver, poppler (pdfinfo,
# pdftotext), Selenium, pytest, axe-selenium-python, and a current axe-core.
#
# axe-selenium-python for Python < 3.12 (2.1.x) bundles axe-core 3.1.1 (2018), which
# reports valid HTML such as <div> groups inside <dl> as violations. Its 3.0.0 release
# bundles axe-core 4.10 but needs Python >= 3.12, so its wheel is unpacked (not
# installed) into Tests/browser/.axe/, where conftest.py finds axe.min.js.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
   || ! command -v pdfinfo >/dev/null; then
  apt-get update
  apt-get install -y chromium chromium-driver poppler-utils
fi
python3 -m pip install --quiet selenium axe-selenium-python pytest
if [ ! -f "$here/.axe/axe_selenium_python/node_modules/axe-core/axe.min.js" ]; then
  python3 -m pip install --quiet --no-deps --only-binary=:all: --python-version 3.12 --ignore-requires-python \
    --target "$here/.axe" --upgrade "axe-selenium-python==3.0.0"
fi
echo "browser checks ready: python3 -m pytest Tests/browser -q"
