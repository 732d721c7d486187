#!/usr/bin/env python3
"""Usage: python3 bench/hugo/convert.py EXHIBIT_SITE HUGO_SITE

Turns an Exhibit site folder (as written by bench/make_corpus.py) into a Hugo site that
renders the same cases with bench/hugo/layouts, for bench/compare.sh. Standard library only.

    EXHIBIT_SITE/content/site.yaml        -> HUGO_SITE/config.toml (from bench/hugo/config.toml)
    bench/hugo/build-options*.toml        -> HUGO_SITE/ (per Hugo version; bench/compare.sh
                                             passes one after config.toml with --config)
                                             HUGO_SITE/data/site.json (subtitle, author, categories…)
                                             HUGO_SITE/content/categories/<id>/_index.md
    EXHIBIT_SITE/content/cases/*.md       -> HUGO_SITE/content/cases/*.md
    EXHIBIT_SITE/content/pages/*.md       -> HUGO_SITE/content/<slug>.md
    templates/strings/<language>.yaml     -> HUGO_SITE/i18n/<language>.yaml (UI strings)
    templates/static/css/exhibit.css      -> HUGO_SITE/static/css/exhibit.css
    bench/hugo/layouts/                   -> HUGO_SITE/layouts/

Front matter is rewritten line by line, not re-serialised, so Hugo decodes the same YAML
Exhibit does: `category: id` -> `categories: [id]`, `organization: name` ->
`organizations: [name]` (Hugo taxonomies), milestone dates quoted (so a YAML decoder keeps
"2023-03" a string); title, date, summary, tags, partners, featured, draft, metrics and
milestones stay as they are (metrics/milestones/partners/featured become .Params).
Bodies are unchanged except links to other case files, `[text](case-00007.md)`, which
become `[text](../case-00007/)`, the page's URL, so Hugo does no link resolution that
Exhibit's output does not need either. HUGO_SITE's content/ is replaced.
"""

import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

MD_LINK = re.compile(r"\]\(([A-Za-z0-9._-]+)\.md(#[^)\s]*)?\)")
MILESTONE_DATE = re.compile(r"^(\s*-\s*\{\s*date:\s*)([0-9]{4}-[0-9]{2}(?:-[0-9]{2})?)(\s*,)")


def unquote(v):
    v = v.strip()
    if v.startswith('"'):
        return json.loads(v)
    if v.startswith("'") and v.endswith("'"):
        return v[1:-1].replace("''", "'")
    return v


def split_flow_map(s):
    """`{a: b, c: "d, e"}` -> {'a': 'b', 'c': 'd, e'} (the flow maps make_corpus.py writes)."""
    s = s.strip()
    assert s.startswith("{") and s.endswith("}"), s
    body, out, i = s[1:-1], {}, 0
    while i < len(body):
        while i < len(body) and body[i] in " ,":
            i += 1
        if i >= len(body):
            break
        j = body.index(":", i)
        key = body[i:j].strip()
        i = j + 1
        while body[i] == " ":
            i += 1
        if body[i] == '"':
            k = i + 1
            while body[k] != '"':
                k += 2 if body[k] == "\\" else 1
            out[key] = json.loads(body[i:k + 1])
            i = k + 1
        else:
            k = body.find(",", i)
            k = len(body) if k < 0 else k
            out[key] = body[i:k].strip()
            i = k
    return out


def read_site_yaml(path):
    """The subset of YAML site.yaml uses: top-level scalars and a list of flow maps."""
    site, key = {}, None
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("  - ") and key:
                item = line[4:].strip()
                site.setdefault(key, []).append(split_flow_map(item) if item.startswith("{") else unquote(item))
            elif not line.startswith(" "):
                key, _, value = line.partition(":")
                key = key.strip()
                if value.strip():
                    site[key] = unquote(value)
    return site


def convert_case(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n")
    assert text.startswith("---\n"), "no front matter"
    end = text.index("\n---\n", 3)
    front, body = text[4:end].split("\n"), text[end + 5:]
    out = []
    for line in front:
        if line.startswith("category:"):
            out.append("categories: [%s]" % line.partition(":")[2].strip())
        elif line.startswith("organization:"):
            out.append("organizations: [%s]" % line.partition(":")[2].strip())
        else:
            m = MILESTONE_DATE.match(line)
            out.append(m.group(1) + '"' + m.group(2) + '"' + m.group(3) + line[m.end():] if m else line)
    body = MD_LINK.sub(lambda m: "](../%s/%s)" % (m.group(1), m.group(2) or ""), body)
    return "---\n" + "\n".join(out) + "\n---\n" + body


def front_matter(fields):
    return "---\n" + "".join("%s: %s\n" % (k, json.dumps(v, ensure_ascii=False)) for k, v in fields) + "---\n"


def main(argv):
    if len(argv) != 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    src, dst = argv[1], argv[2]
    site = read_site_yaml(os.path.join(src, "content", "site.yaml"))
    language = site.get("language", "zh-CN")
    os.makedirs(dst, exist_ok=True)

    with open(os.path.join(HERE, "config.toml"), encoding="utf-8") as f:
        config = f.read()
    for k, v in {"@BASE_URL@": site.get("base_url", "/"), "@TITLE@": site.get("title", ""),
                 "@LANGUAGE@": language, "@LANGUAGE_KEY@": language.lower(),
                 "@PER_PAGE@": str(int(site.get("per_page", 20)))}.items():
        config = config.replace(k, json.dumps(v, ensure_ascii=False)[1:-1] if not k == "@PER_PAGE@" else v)
    with open(os.path.join(dst, "config.toml"), "w", encoding="utf-8") as f:
        f.write(config)
    # /timeline/ and /booklet/ are listed nowhere: a config cascade, not front matter,
    # because Hugo 0.168 rejects the `_build` key that 0.111 alone understands.
    for name in ("build-options.toml", "build-options-legacy.toml"):
        shutil.copyfile(os.path.join(HERE, name), os.path.join(dst, name))

    for sub in ("content", "layouts", "data", "i18n", "static", "public", "resources"):
        shutil.rmtree(os.path.join(dst, sub), ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "layouts"), os.path.join(dst, "layouts"))
    os.makedirs(os.path.join(dst, "data"))
    categories = [dict(c, index=i % 5 + 1) for i, c in enumerate(site.get("categories", []))]
    with open(os.path.join(dst, "data", "site.json"), "w", encoding="utf-8") as f:
        json.dump({"subtitle": site.get("subtitle", ""), "description": site.get("description", ""),
                   "author": site.get("author", ""), "language": language, "categories": categories},
                  f, ensure_ascii=False, indent=1)
    strings = os.path.join(REPO, "templates", "strings", language + ".yaml")
    os.makedirs(os.path.join(dst, "i18n"))
    shutil.copyfile(strings, os.path.join(dst, "i18n", language.lower() + ".yaml"))
    css = os.path.join(REPO, "templates", "static", "css", "exhibit.css")
    os.makedirs(os.path.join(dst, "static", "css"))
    shutil.copyfile(css, os.path.join(dst, "static", "css", "exhibit.css"))

    content = os.path.join(dst, "content")
    cases_out = os.path.join(content, "cases")
    os.makedirs(cases_out)
    with open(os.path.join(cases_out, "_index.md"), "w", encoding="utf-8") as f:
        f.write(front_matter([("title", "全部案例" if language.startswith("zh") else "All cases")]))
    for c in categories:
        d = os.path.join(content, "categories", c["id"])
        os.makedirs(d)
        with open(os.path.join(d, "_index.md"), "w", encoding="utf-8") as f:
            f.write(front_matter([("title", c["name"]), ("description", c.get("description", ""))]))
    for name, title in (("timeline", "时间线"), ("booklet", "展册")):
        with open(os.path.join(content, name + ".md"), "w", encoding="utf-8") as f:
            f.write(front_matter([("title", title), ("layout", name), ("url", "/%s/" % name)]))

    n = 0
    cases_in = os.path.join(src, "content", "cases")
    for name in sorted(os.listdir(cases_in)):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(cases_in, name), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(cases_out, name), "w", encoding="utf-8") as f:
            f.write(convert_case(text))
        n += 1
    pages_in = os.path.join(src, "content", "pages")
    if os.path.isdir(pages_in):
        for name in sorted(os.listdir(pages_in)):
            if name.endswith(".md"):
                with open(os.path.join(pages_in, name), encoding="utf-8-sig") as f:
                    text = f.read().replace("\r\n", "\n")
                # In the site's menu, as Exhibit lists free pages in its menu.
                if text.startswith("---\n"):
                    text = "---\nmenu: main\n" + text[4:]
                with open(os.path.join(content, name), "w", encoding="utf-8") as f:
                    f.write(text)
    print("convert: %d cases -> %s" % (n, dst), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
