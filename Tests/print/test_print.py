"""`exhibit print` end to end: the built binary prints a copy of the example site (and a
few broken ones) with WeasyPrint, and the PDFs are read back with poppler and zbar as a
print shop and a visitor would: page sizes, embedded fonts, the contents' page numbers,
QR codes that scan, no text outside the trim; and the failures a user can meet.

Needs WeasyPrint (scripts/setup installs it in .exhibit-tools/weasyprint; scripts/test puts
it on PATH), poppler-utils and zbar-tools. EXHIBIT_BIN names the binary (default
.build/debug/exhibit). Run: python3 -m pytest -q Tests/print
"""

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXHIBIT = Path(os.environ.get("EXHIBIT_BIN", ROOT / ".build/debug/exhibit"))
MM = 72 / 25.4
BASE_URL = "https://example.edu.cn/achievements/"


def run(args, env=None, cwd=None):
    return subprocess.run([str(EXHIBIT), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=600)


def copy_site(into: Path) -> Path:
    site = into / "site"
    shutil.copytree(ROOT / "content", site / "content")
    return site


def case_titles(site: Path) -> dict:
    """file name → title of each case that is not a draft, from the front matter."""
    titles = {}
    for path in sorted((site / "content/cases").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^draft:\s*true", text, re.M):
            continue
        title = re.search(r"^title:\s*(.+)$", text, re.M).group(1).strip().strip('"')
        titles[path.parent.name if path.name == "index.md" else path.stem] = title
    return titles


def squeeze(text: str) -> str:
    """Text without whitespace or punctuation: WeasyPrint may place CJK punctuation
    (“ ” ：) in another order than the reading order when pdftotext reads it back."""
    return "".join(c for c in text if not c.isspace() and not unicodedata.category(c).startswith(("P", "S")))


def page_text(pdf: Path, page: int, *extra) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), *extra, str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_sizes(pdf: Path) -> list:
    """(width, height) in mm of every page."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(page_count(pdf)), str(pdf)],
                          capture_output=True, text=True, check=True).stdout
    return [(round(float(w) / MM, 1), round(float(h) / MM, 1))
            for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)]


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def printed():
    """The example site printed once: (site, print folder, the command's output)."""
    if shutil.which("weasyprint") is None and not os.environ.get("EXHIBIT_WEASYPRINT"):
        pytest.fail("WeasyPrint is not on PATH: run scripts/setup (it installs it in .exhibit-tools/weasyprint) "
                    "and put .exhibit-tools/weasyprint/bin on PATH, as scripts/test does", pytrace=False)
    temp = Path(tempfile.mkdtemp(prefix="exhibit-print-"))
    site = copy_site(temp)
    result = run(["print", "--site", str(site)])
    assert result.returncode == 0, result.stdout + result.stderr
    yield site, site / "print", result
    shutil.rmtree(temp, ignore_errors=True)


def test_writes_every_document_and_says_so(printed):
    site, folder, result = printed
    slugs = set(case_titles(site))
    assert (folder / "booklet.pdf").is_file() and (folder / "labels.pdf").is_file()
    boards = {p.stem for p in (folder / "boards").glob("*.pdf")}
    assert len(boards) == len(slugs) and "apple-service" in boards
    # A progress line per document, and a closing summary with counts and pages.
    assert len(re.findall(r"^\[\d+/\d+\] \S+\.pdf: \d+ page", result.stderr, re.M)) == len(slugs) + 2
    assert f"printed {len(slugs)} cases into" in result.stdout
    assert re.search(r"booklet\.pdf: \d+ pages", result.stdout)
    assert f"boards/: {len(slugs)} files, {2 * len(slugs)} pages" in result.stdout
    # Nothing but the PDFs: no staging folder, no HTML left behind.
    assert not list(site.glob(".print.*"))
    assert not list(folder.rglob("*.html"))


def test_page_sizes(printed):
    _, folder, _ = printed
    assert set(page_sizes(folder / "booklet.pdf")) == {(210.0, 297.0)}
    assert set(page_sizes(folder / "labels.pdf")) == {(210.0, 297.0)}
    for board in (folder / "boards").glob("*.pdf"):
        # Trim + 2 × 3 mm bleed: the roll-up, then the board.
        assert page_sizes(board) == [(906.0, 1806.0), (606.0, 906.0)], board.name


def test_every_font_is_embedded(printed):
    _, folder, _ = printed
    for pdf in [folder / "booklet.pdf", folder / "labels.pdf", *sorted((folder / "boards").glob("*.pdf"))]:
        lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        assert lines, f"{pdf.name} has no fonts"
        for line in lines:
            # Columns: name, type (several words), encoding, emb, sub, uni, object, generation.
            emb = line.split()[-5]
            assert emb == "yes", f"{pdf.name}: not embedded: {line}"
        assert any("CJK" in line for line in lines), f"{pdf.name} uses no CJK font: {lines}"


def test_contents_page_numbers_are_where_cases_start(printed):
    site, folder, _ = printed
    booklet = folder / "booklet.pdf"
    pages = page_count(booklet)
    texts = [squeeze(page_text(booklet, n)) for n in range(1, pages + 1)]
    contents_page = next(n for n in range(1, pages + 1) if "目录" in texts[n - 1])
    entries = []
    for line in page_text(booklet, contents_page, "-layout").splitlines():
        match = re.search(r"(\S.*?)[ .]*\s(\d+)\s*$", line)
        if match and squeeze(match.group(1)):
            entries.append((squeeze(match.group(1)), int(match.group(2))))
    titles = {squeeze(t) for t in case_titles(site).values()}
    found = {}
    for text, number in entries:
        title = next((t for t in titles if t in text), None)
        if title:
            found[title] = number
    assert set(found) == titles, f"contents lack: {titles - set(found)}"
    for title, number in found.items():
        # A case's page opens with the running heads, its category, organization and
        # date, then its title; another case's text may name it further down.
        start = next(n for n in range(contents_page + 1, pages + 1) if 0 <= texts[n - 1].find(title) < 80)
        assert number == start, f"{title}: contents say page {number}, the case starts on page {start}"
    # The cover carries no page number (page 1 counts, so a number is the PDF's page).
    assert not re.search(r"\b1\b", page_text(booklet, 1))


def decode(pdf: Path, page: int) -> list:
    with tempfile.TemporaryDirectory() as temp:
        subprocess.run(["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-png", str(pdf), f"{temp}/p"], check=True)
        image = next(Path(temp).glob("p*.png"))
        out = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True).stdout
    return out.split()


def test_qr_codes_scan_to_the_case_pages(printed):
    site, folder, _ = printed
    slug = "apple-service"
    for page in (1, 2):  # the roll-up and the board
        assert decode(folder / "boards" / f"{slug}.pdf", page) == [f"{BASE_URL}cases/{slug}/"]
    urls = decode(folder / "labels.pdf", 1)
    assert len(urls) == 8 and all(re.fullmatch(re.escape(BASE_URL) + r"cases/[^/]+/", u) for u in urls), urls


def test_board_qr_code_is_at_least_40_mm(printed):
    """The QR code is the only pure black in a board's footer (text is #111 and lighter):
    its extent in a 50 dpi rendering is its printed size."""
    _, folder, _ = printed
    board = folder / "boards" / "apple-service.pdf"
    dpi = 50
    for page in (1, 2):
        with tempfile.TemporaryDirectory() as temp:
            subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray", str(board), f"{temp}/p"], check=True)
            data = next(Path(temp).glob("p*.pgm")).read_bytes()
        magic, width, height, maxval, pixels = re.match(rb"(P5)\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)", data, re.S).groups()
        width, height = int(width), int(height)
        footer = int(height * 0.8)
        xs = [i % width for i in range(footer * width, width * height) if pixels[i] < 8]
        ys = [i // width for i in range(footer * width, width * height) if pixels[i] < 8]
        size_mm = min(max(xs) - min(xs), max(ys) - min(ys)) / dpi * 25.4
        assert size_mm >= 40, f"page {page}: the QR code is {size_mm:.0f} mm wide"


def test_no_text_outside_the_trim(printed):
    _, folder, _ = printed
    bleed = 3 * MM
    for pdf in sorted((folder / "boards").glob("*.pdf")):
        for page in range(1, page_count(pdf) + 1):
            html = page_text(pdf, page, "-bbox")
            width, height = map(float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
            for x0, y0, x1, y1, word in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html):
                assert bleed <= float(x0) and float(x1) <= width - bleed, f"{pdf.name} p{page}: {word} at x {x0}–{x1}"
                assert bleed <= float(y0) and float(y1) <= height - bleed, f"{pdf.name} p{page}: {word} at y {y0}–{y1}"


def test_warns_of_a_photo_too_small_for_a_board(printed):
    _, _, result = printed
    # At the line of `cover:` in the case file, wherever the example puts it.
    case = (ROOT / "content/cases/apple-service.md").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(case, 1) if text.startswith("cover:"))
    assert re.search(rf"content/cases/apple-service\.md:{line}:1: warning: the cover `\.\./images/apple-orchard\.jpg` is 2400×1350 px"
                     r".*under 150; it needs at least 5351 px wide", result.stderr)


def test_volumes_and_print_settings(tmp_path):
    site = copy_site(tmp_path)
    settings = site / "content/site.yaml"
    settings.write_text(settings.read_text(encoding="utf-8")
                        + "print:\n  booklet: {size: A5, volume_size: 5}\n  boards: [A3]\n", encoding="utf-8")
    result = run(["print", "--site", str(site)])
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (site / "print").glob("booklet*.pdf"))
    assert names == ["booklet-1.pdf", "booklet-2.pdf", "booklet-3.pdf"]
    assert set(page_sizes(site / "print/booklet-2.pdf")) == {(148.0, 210.0)}
    assert "第" not in result.stderr and "3 volumes" in result.stdout
    cover = page_text(site / "print/booklet-3.pdf", 1)
    assert "11–13" in cover  # the third volume holds cases 11 to 13
    assert page_sizes(site / "print/boards/apple-service.pdf") == [(303.0, 426.0)]


def test_the_next_build_links_the_booklet_from_the_web_booklet(printed):
    site, folder, result = printed
    assert "the next `exhibit build` publishes the booklet" in result.stdout
    built = run(["build", "--site", str(site), "--quiet"])
    assert built.returncode == 0, built.stderr
    published = site / "public/print/booklet.pdf"
    assert published.read_bytes() == (folder / "booklet.pdf").read_bytes()
    page = (site / "public/booklet/index.html").read_text(encoding="utf-8")
    assert '<a href="../print/booklet.pdf" download>booklet.pdf</a>' in page
    # Boards and labels are for the print shop, not the web.
    assert not (site / "public/print/labels.pdf").exists() and not (site / "public/print/boards").exists()


def test_without_weasyprint_says_what_to_install(tmp_path):
    site = copy_site(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "EXHIBIT_WEASYPRINT"}
    env["PATH"] = str(tmp_path / "empty-bin")
    result = run(["print", "--site", str(site)], env=env)
    assert result.returncode == 1
    assert "needs WeasyPrint" in result.stderr
    assert "apt-get install weasyprint" in result.stderr and "pip install weasyprint" in result.stderr
    assert not (site / "print").exists() and not list(site.glob(".print*"))
    # build never needs it.
    assert run(["build", "--site", str(site), "--quiet"], env=env).returncode == 0


def test_failed_print_leaves_the_previous_print_folder(printed, tmp_path):
    site, folder, _ = printed
    before = tree_digest(folder)
    # A WeasyPrint whose Python dies: every document fails.
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "python3").write_text("#!/bin/sh\necho 'Fatal Python error: broken' >&2\nexit 3\n")
    (fake / "weasyprint").write_text(f"#!{fake}/python3\n")
    for f in fake.iterdir():
        f.chmod(0o755)
    result = run(["print", "--site", str(site)], env={**os.environ, "EXHIBIT_WEASYPRINT": str(fake / "weasyprint")})
    assert result.returncode == 1
    assert "WeasyPrint could not print this document" in result.stderr and "broken" in result.stderr
    assert "print was left as it was" in result.stderr
    assert tree_digest(folder) == before
    assert not list(site.glob(".print.*"))


def test_content_error_writes_nothing(tmp_path):
    site = copy_site(tmp_path)
    case = site / "content/cases/alliance-fund.md"
    case.write_text(case.read_text(encoding="utf-8").replace("date: 2023-05-16", "date: 2023-13-45"), encoding="utf-8")
    result = run(["print", "--site", str(site)])
    assert result.returncode == 1
    assert "content/cases/alliance-fund.md:3:" in result.stderr
    assert not (site / "print").exists() and not list(site.glob(".print*"))
