#!/usr/bin/env python3
"""Helpers for bench/search/compare.sh. Standard library (+ PyYAML for `content`).

  docs.py site PUBLIC_DIR > docs.json
      The search documents of a built site: metadata from PUBLIC_DIR/data/cases.json, body
      text from each case page's <div class="prose">. (Stand-in for the generator, which
      passes the same documents to ExhibitSearch.SearchIndex itself.)
  docs.py content SITE_DIR > docs.json
      The same from the Markdown sources (for corpora not built yet).
  docs.py queries DOCS.json N [--seed S] > queries.json
      N Chinese queries of 2-4 Han characters drawn from the cases' texts, starting at
      random positions, so many cross word boundaries; with the set of case URLs that
      contain each query as written (the ground truth for recall).
  docs.py categories SITE_DIR
      The category ids of site.yaml, comma-separated (the index's category order).
"""

import html
import html.parser
import json
import os
import random
import re
import sys
import unicodedata

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


class ProseText(html.parser.HTMLParser):
    """Text of the first <div class="prose"> of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.done = False
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if self.depth:
            if tag == "div":
                self.depth += 1
            if tag in ("p", "li", "h2", "h3", "h4", "tr", "br", "blockquote", "pre"):
                self.parts.append("\n")
        elif tag == "div" and "prose" in (dict(attrs).get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1
            if self.depth == 0:
                self.done = True

    def handle_data(self, data):
        if self.depth and not self.done:
            self.parts.append(data)


def site_docs(public):
    with open(os.path.join(public, "data", "cases.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    docs = []
    for i, c in enumerate(cases):
        slug = c["slug"]
        page = os.path.join(public, "cases", slug, "index.html")
        parser = ProseText()
        with open(page, encoding="utf-8") as f:
            parser.feed(f.read())
        text = re.sub(r"[ \t]*\n\s*", "\n", "".join(parser.parts)).strip()
        docs.append(doc(i, "cases/%s/" % slug, c, text))
    return docs


def doc(i, url, c, text):
    org = c.get("organization") or ""
    if isinstance(org, dict):
        org = org.get("name", "")
    return {
        "id": i,
        "url": url,
        "title": c.get("title", ""),
        "summary": c.get("summary") or "",
        "tags": [str(t) for t in (c.get("tags") or [])],
        "organization": org,
        "category": c.get("category", ""),
        "category_name": c.get("category_name", ""),
        "year": int(str(c.get("date", "0"))[:4]),
        "text": text,
    }


def strip_markdown(body):
    body = re.sub(r"```.*?```", " ", body, flags=re.S)
    body = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"\[\^[^\]]*\]:?", "", body)
    body = re.sub(r"<[^>]+>", "", body)
    body = re.sub(r"^\s{0,3}(#+|>|[-*+]|\d+\.)\s*(\[[ xX]\]\s*)?", "", body, flags=re.M)
    body = re.sub(r"^\s*\|?\s*:?-{3,}.*$", "", body, flags=re.M)
    body = body.replace("|", " ").replace("**", "").replace("~~", "").replace("`", "")
    return re.sub(r"\n\s*\n+", "\n", body).strip()


def content_docs(site):
    import yaml
    with open(os.path.join(site, "content", "site.yaml"), encoding="utf-8-sig") as f:
        conf = yaml.safe_load(f)
    names = {c["id"]: c["name"] for c in conf.get("categories", [])}
    root = os.path.join(site, "content", "cases")
    docs = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if os.path.isdir(path):
            path, slug = os.path.join(path, "index.md"), name
        elif name.endswith(".md"):
            slug = name[:-3]
        else:
            continue
        with open(path, encoding="utf-8-sig") as f:
            raw = f.read().replace("\r\n", "\n")
        _, front, body = raw.split("---\n", 2)
        meta = yaml.safe_load(front)
        if meta.get("draft"):
            continue
        meta["category_name"] = names.get(meta.get("category"), meta.get("category"))
        docs.append(doc(len(docs), "cases/%s/" % (meta.get("slug") or slug), meta, strip_markdown(body)))
    return docs


def queries(docs, n, seed):
    rng = random.Random(seed)
    texts = []
    for d in docs:
        fields = [d["title"], d["summary"], d["organization"], d["text"]] + d["tags"]
        texts.append("\n".join(unicodedata.normalize("NFKC", x) for x in fields))
    runs = [(i, m.group()) for i, t in enumerate(texts) for m in HAN.finditer(t) if len(m.group()) >= 4]
    seen, out = set(), []
    tries = 0
    while len(out) < n and tries < n * 100:
        tries += 1
        _, run = rng.choice(runs)
        length = rng.choice([2, 3, 3, 4, 4])
        start = rng.randrange(0, len(run) - length + 1)
        q = run[start:start + length]
        if q in seen:
            continue
        seen.add(q)
        expected = sorted(docs[i]["url"] for i, t in enumerate(texts) if q in t)
        out.append({"q": q, "expected": expected})
    return out


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    mode = argv[1]
    if mode == "site":
        result = site_docs(argv[2])
    elif mode == "content":
        result = content_docs(argv[2])
    elif mode == "queries":
        with open(argv[2], encoding="utf-8") as f:
            docs = json.load(f)
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
        result = queries(docs, int(argv[3]), seed)
    elif mode == "categories":
        import yaml
        with open(os.path.join(argv[2], "content", "site.yaml"), encoding="utf-8-sig") as f:
            print(",".join(c["id"] for c in yaml.safe_load(f).get("categories", [])))
        return
    else:
        sys.exit(__doc__)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv)
