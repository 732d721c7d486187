#!/usr/bin/env python3
"""Usage: python3 bench/catalog_corpus.py CORPUS OUTDIR [--seed S]

Copies a corpus made by bench/make_corpus.py (CORPUS) to OUTDIR with each case's body
replaced by ten paragraphs of 500 characters of real Chinese text: the translations in
this machine's gettext catalogs (/usr/share/locale/zh_*/LC_MESSAGES/*.mo), joined and cut
at random places. The front matter is kept, so the site has the same pages.

Why: make_corpus.py writes its bodies from a few hundred words, with no Latin words or
digits in running text and no character that NFKC changes, so a site made from it holds
5,000 distinct search tokens at 1,000 cases. Real text has far more, and the search index
is then the largest part of a build (39 % of its instructions at 1,000 cases, against 15 %
on make_corpus.py's text). The catalogs are interface text, not case studies (more Latin
words, shorter sentences), but they are real Chinese and on every Debian machine with
translations installed; the text, and so the figures, depend on which packages are
installed. Standard library only.
"""

import argparse
import glob
import gettext
import os
import random
import re
import shutil
import sys


def catalog_text():
    texts = []
    for path in sorted(glob.glob("/usr/share/locale/zh_*/LC_MESSAGES/*.mo")):
        try:
            with open(path, "rb") as f:
                catalog = gettext.GNUTranslations(f)
        except Exception:
            continue
        for value in catalog._catalog.values():
            if isinstance(value, str) and re.search(r"[\u4e00-\u9fff]", value):
                # Markdown's own characters out, so that the text stays running text.
                texts.append(re.sub(r"[\n*#<>_`\[\]|\\]", " ", value))
    return "。".join(texts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    pool = catalog_text()
    if len(pool) < 100_000:
        sys.exit("bench/catalog_corpus.py: less than 100,000 characters of Chinese in the zh_* gettext catalogs")
    source = os.path.join(args.corpus, "content")
    if not os.path.isdir(source):
        sys.exit(f"bench/catalog_corpus.py: no content/ in {args.corpus} (make it with bench/make_corpus.py)")
    target = os.path.join(args.outdir, "content")
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    rng = random.Random(args.seed)
    cases = sorted(glob.glob(os.path.join(target, "cases", "**", "*.md"), recursive=True))
    for path in cases:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not text.startswith("---"):
            continue
        end = text.index("\n---", 3) + 4
        paragraphs = []
        for _ in range(10):
            at = rng.randrange(len(pool) - 600)
            paragraphs.append(pool[at:at + 500])
        with open(path, "w", encoding="utf-8") as f:
            f.write(text[:end] + "\n\n" + "\n\n".join(paragraphs) + "\n")
    print(f"{len(cases)} cases, {len(pool):,} characters of catalog text, into {target}")


if __name__ == "__main__":
    main()
