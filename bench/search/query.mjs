// Runs real queries in node against Exhibit's search (templates/static/js/search.js over
// PUBLIC/search/) and Pagefind (its own pagefind.js and wasm over a pagefind folder), with
// fetch replaced by reads from disk that count bytes. Each query starts cold, like a
// visitor opening /search/?q=…: Exhibit fetches meta.json, shards and the top-10 result
// files; Pagefind (a fresh module instance per query) its entry, meta, wasm, index
// chunks and the top-10 fragments. For recall, all results are resolved afterwards
// (not counted).
//
//   node query.mjs SEARCH_JS PUBLIC_DIR QUERIES.json [PAGEFIND_DIR ...] > result.json
//
// QUERIES.json: [{"q": "…", "expected": ["cases/x/", …]}] (bench/search/docs.py queries).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [searchJS, publicDir, queriesPath, ...pagefindDirs] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'));
const TOP = 10;

function caseURL(u) {
  // "/cases/x/", "cases/x/index.html", "../cases/x/" → "cases/x/"
  const m = /(?:^|\/)(cases\/[^/]+\/)(?:index\.html)?$/.exec(u.split(/[?#]/)[0]);
  return m && !/^cases\/page\/$/.test(m[1]) ? m[1] : null;
}

function summarize(name, rows, extra) {
  const recall = rows.reduce((s, r) => s + r.recall, 0) / rows.length;
  const full = rows.filter((r) => r.recall === 1).length;
  const bytes = rows.map((r) => r.bytes).sort((a, b) => a - b);
  const files = rows.map((r) => r.files);
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    name, queries: rows.length, recall, full, misses: rows.filter((r) => r.recall < 1).map((r) => r.q).slice(0, 10),
    bytes_avg: avg(bytes), bytes_median: bytes[bytes.length >> 1], bytes_max: bytes[bytes.length - 1],
    files_avg: avg(files), ...extra,
  };
}

async function exhibit() {
  const code = fs.readFileSync(searchJS, 'utf8');
  vm.runInThisContext(code, { filename: searchJS });
  const { Engine } = globalThis.ExhibitSearch;
  const rows = [];
  for (const { q, expected } of queries) {
    let bytes = 0, files = 0;
    const engine = new Engine(async (p) => {
      const data = fs.readFileSync(path.join(publicDir, p));
      bytes += data.length; files++;
      return JSON.parse(data.toString('utf8'));
    });
    const r = await engine.match(q, -1, 0);
    await engine.page(q, r, 0, TOP);
    const counted = { bytes, files };
    const urls = new Set(await Promise.all(r.hits.map(async (n) => (await engine.doc(n)).url)));
    const found = expected.filter((u) => urls.has(u)).length;
    rows.push({ q, recall: expected.length ? found / expected.length : 1, hits: r.hits.length, ...counted });
  }
  return summarize('Exhibit', rows, { code_bytes: fs.statSync(searchJS).size });
}

async function pagefind(dir) {
  const realFetch = globalThis.fetch;
  let counter = { bytes: 0, files: 0, on: true };
  globalThis.fetch = async (input) => {
    const u = typeof input === 'string' ? input : input.url;
    const file = fileURLToPath(u.split('?')[0]);
    const data = fs.readFileSync(file);
    if (counter.on) { counter.bytes += data.length; counter.files++; }
    const type = file.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
    return new Response(data, { headers: { 'content-type': type } });
  };
  const entry = pathToFileURL(path.join(dir, 'pagefind.js')).href;
  const codeBytes = fs.statSync(path.join(dir, 'pagefind.js')).size;
  const rows = [];
  let i = 0;
  try {
    for (const { q, expected } of queries) {
      counter = { bytes: codeBytes, files: 1, on: true };  // pagefind.js itself
      const pf = await import(entry + '?n=' + i++);
      await pf.options({ basePath: pathToFileURL(dir).href + '/', excerptLength: 30 });
      await pf.init();
      const search = await pf.search(q);
      await Promise.all(search.results.slice(0, TOP).map((r) => r.data()));
      const counted = { bytes: counter.bytes, files: counter.files };
      counter.on = false;
      const data = await Promise.all(search.results.map((r) => r.data()));
      const urls = new Set(data.map((d) => caseURL(d.url)).filter(Boolean));
      const found = expected.filter((u) => urls.has(u)).length;
      rows.push({ q, recall: expected.length ? found / expected.length : 1, hits: urls.size, ...counted });
      await pf.destroy?.();
    }
  } finally {
    globalThis.fetch = realFetch;
  }
  return summarize('Pagefind ' + path.basename(path.dirname(dir)) + '/' + path.basename(dir), rows, { code_bytes: codeBytes });
}

const out = [await exhibit()];
for (const dir of pagefindDirs) out.push(await pagefind(dir));
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
