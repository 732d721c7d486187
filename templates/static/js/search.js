/* Exhibit search: static, offline, no dependencies. Tokens as in ExhibitSearch (Swift):
   NFKC; each Han character and each adjacent pair; letter/digit runs lower-cased. A query
   loads search/meta.json, the shards of its tokens, and the files of the results shown.
   Chromium blocks fetch over file://: open the site over http (exhibit serve). */
(() => {
  'use strict';
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', V = {};
  for (let i = 0; i < 64; i++) V[A.charCodeAt(i)] = i;
  const WORD = /[\p{Alphabetic}\p{Nd}]/u;
  const HAN = [0x4E00, 0x9FFF, 0x3400, 0x4DBF, 0x20000, 0x2A6DF, 0x2A700, 0x2EBEF, 0x30000, 0x3134F,
    0xF900, 0xFAFF, 0x2F800, 0x2FA1F];
  const isHan = (c) => { for (let k = 0; k < 14; k += 2) if (c >= HAN[k] && c <= HAN[k + 1]) return true; return false; };

  // Query tokens: a Han run gives its pairs (a lone character itself), a word itself.
  function tokens(text) {
    const out = [], add = (t) => { if (!out.includes(t)) out.push(t); };
    let run = [], word = '';
    const endRun = () => {
      if (run.length === 1) add(run[0]);
      for (let k = 1; k < run.length; k++) add(run[k - 1] + run[k]);
      run = [];
    };
    const endWord = () => { if (word) add(word.toLowerCase()); word = ''; };
    for (const ch of String(text).normalize('NFKC')) {
      if (isHan(ch.codePointAt(0))) { endWord(); run.push(ch); } else { endRun(); if (WORD.test(ch)) word += ch; else endWord(); }
    }
    endRun(); endWord();
    return out;
  }

  function hash(t) {
    let h = 2166136261;
    for (const ch of t) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
    h ^= h >>> 16; h = Math.imul(h, 0x85EBCA6B); h ^= h >>> 13; h = Math.imul(h, 0xC2B2AE35); h ^= h >>> 16;
    return h >>> 0;
  }

  // Calls f(doc, fieldWeight) for each section of a posting string (see PostingCodec).
  function decode(s, f) {
    let p = 0;
    const varint = () => { let v = 0, m = 1, c; do { c = V[s.charCodeAt(p++)]; v += (c & 31) * m; m *= 32; } while (c & 32); return v; };
    while (p < s.length) {
      const h = V[s.charCodeAt(p++)], w = 1 << (h >> 2), end = h & 1 ? varint() + p : s.length;
      if (h & 2) {
        for (let j = p; j < end; j++) for (let c = V[s.charCodeAt(j)], b = 0; c; b++, c >>= 1) if (c & 1) f((j - p) * 6 + b, w);
        p = end;
      } else {
        for (let d = -1; p < end;) { d += varint() + 1; f(d, w); }
      }
    }
  }

  const parts = (q) => String(q).normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  // Where x is in low from at, or -1. A number is found as the index has it, whole:
  // `12` not inside `120` or `2012` (letters may be a word's start: greenhouse, greenhouses).
  const digit = (c) => c >= '0' && c <= '9';
  function find(low, x, at) {
    for (let p = low.indexOf(x, at); p >= 0; p = low.indexOf(x, p + 1)) {
      if (!(digit(x[0]) && digit(low[p - 1])) && !(digit(x[x.length - 1]) && digit(low[p + x.length]))) return p;
    }
    return -1;
  }
  // 2: every part of the query in the title as written; 1: in some field; 0: neither.
  function exact(ps, d) {
    const t = d.title.toLowerCase(), all = [t, d.tags.join(' '), d.organization, d.summary, d.excerpt].join('\n').toLowerCase();
    return !ps.length ? 0 : ps.every((x) => find(t, x, 0) >= 0) ? 2 : ps.every((x) => find(all, x, 0) >= 0) ? 1 : 0;
  }

  // load(path) → Promise of a parsed JSON file, path relative to the site root.
  class Engine {
    constructor(load) { this.load = load; this.cache = new Map(); }
    get(path) {
      if (!this.cache.has(path)) this.cache.set(path, this.load(path).catch((e) => { this.cache.delete(path); throw e; }));
      return this.cache.get(path);
    }
    init() {
      return this.meta || (this.meta = this.get('search/meta.json').then((m) => {
        this.year = new Int32Array(m.docs); this.cat = new Int32Array(m.docs);
        for (const [y, c, first, n] of m.groups) { this.year.fill(y, first, first + n); this.cat.fill(c, first, first + n); }
        return m;
      }));
    }
    doc(n) { return this.get('search/docs/' + n + '.json'); }
    // Every match, best first: {hits, score}. cat: category index, -1 any; year: 0 any.
    async match(q, cat, year) {
      // A long query is matched on every other token (any subset finds every true match,
      // and the page is reranked by the query as written): fewer shards to load.
      let ts = tokens(q);
      if (ts.length > 8) ts = ts.filter((x, k) => k % 2 === 0 || k === ts.length - 1);
      const m = await this.init(), D = m.docs, score = new Int32Array(D), hits = [];
      if (!ts.length) return { hits, score };
      const shards = await Promise.all(ts.map((t) => this.get('search/shards/' + hash(t) % m.shards + '.json')));
      const count = new Uint16Array(D), mark = new Uint16Array(D);
      for (let k = 0; k < ts.length; k++) {
        const s = shards[k][ts[k]];
        if (s === undefined) return { hits, score };
        decode(s, (d, w) => { if (mark[d] !== k + 1) { mark[d] = k + 1; count[d]++; } score[d] += w; });
      }
      for (let d = 0; d < D; d++) {
        if (count[d] === ts.length && (cat === -1 || this.cat[d] === cat) && (!year || this.year[d] === year)) hits.push(d);
      }
      hits.sort((a, b) => score[b] - score[a] || a - b);
      return { hits, score };
    }
    // The results hits[from, from + size) with their files, those with the query as written first.
    async page(q, r, from, size) {
      const ps = parts(q), slice = r.hits.slice(from, from + size);
      const docs = await Promise.all(slice.map((n) => this.doc(n)));
      return slice.map((n, k) => ({ n, doc: docs[k], score: r.score[n], exact: exact(ps, docs[k]) }))
        .sort((a, b) => b.exact - a.exact || b.score - a.score || a.n - b.n);
    }
  }

  if (typeof document === 'undefined') { globalThis.ExhibitSearch = { tokens, hash, decode, parts, exact, Engine }; return; }

  // ---- the /search/ page
  const box = document.querySelector('[data-search]');
  if (!box) return;
  const root = box.dataset.root || '', PAGE = 10, $ = (id) => document.getElementById('search-' + id);
  const form = $('form'), input = $('q'), catSel = $('category'), yearSel = $('year');
  const status = $('status'), list = $('results'), more = $('more');
  const t = (key, vars) => (box.getAttribute('data-t-' + key) || '').replace(/\{(\w+)\}/g, (m, k) => (vars && k in vars ? vars[k] : m));
  const engine = new Engine((path) => fetch(root + path).then((res) => { if (!res.ok) throw new Error(res.status); return res.json(); }));
  const el = (tag, cls) => { const e = document.createElement(tag); if (cls) e.className = cls; return e; };
  const text = (s) => document.createTextNode(s);

  // Appends s to node as text, with the needles it contains in <mark>s.
  function highlight(node, s, needles) {
    let low = s.toLowerCase(), at = 0;
    if (low.length !== s.length) low = s;
    for (;;) {
      let best = -1, len = 0;
      for (const x of needles) {
        const p = find(low, x, at);
        if (p >= 0 && (best < 0 || p < best || (p === best && x.length > len))) { best = p; len = x.length; }
      }
      if (best < 0) break;
      const m = el('mark');
      m.textContent = s.slice(best, best + len);
      node.append(text(s.slice(at, best)), m);
      at = best + len;
    }
    node.append(text(s.slice(at)));
  }
  // The excerpt around the query as written, else around its first token.
  function snippet(node, d, ps, needles) {
    const s = d.excerpt, low = s.toLowerCase(), first = (xs) => Math.min(...xs.map((x) => find(low, x, 0)).filter((p) => p >= 0));
    let at = first(ps);
    if (at === Infinity) at = first(needles);
    if (at === Infinity) return highlight(node, d.summary || s.slice(0, 120), needles);
    const start = Math.max(0, at - 40), end = Math.min(s.length, start + 140);
    highlight(node, (start ? '…' : '') + s.slice(start, end) + (end < s.length ? '…' : ''), needles);
  }
  // Category ids in index order (meta.json), and their colour numbers (the page's options).
  let ids = [];
  const colour = {};
  if (catSel) for (const o of catSel.options) colour[o.value] = o.dataset.index;
  function render(rows, q) {
    const ps = parts(q), pieces = ps.concat(tokens(q).filter((x) => !ps.includes(x)));
    for (const { n, doc: d, exact: whole } of rows) {
      // A result that has the query as written shows only that marked, not its pairs
      // elsewhere (`支部` of `团支部` for `党支部`); one that has only its pieces, those.
      const needles = whole ? ps : pieces;
      const li = el('li', 'search-result cat-' + (colour[ids[engine.cat[n]]] || 0));
      const h = el('h2', 'search-result-title'), a = el('a'), meta = el('p', 'search-result-meta');
      const badge = el('span', 'category-badge'), p = el('p', 'search-result-snippet');
      a.href = root + d.url;
      highlight(a, d.title, needles);
      h.append(a);
      badge.textContent = d.category;
      meta.append(badge, text(' ' + d.year + (d.organization ? ' · ' + d.organization : '')));
      snippet(p, d, ps, needles);
      // The cover's smallest version (480 px), decoration beside the title it shows.
      if (d.thumb) {
        const img = el('img', 'search-result-thumb');
        Object.assign(img, { src: root + d.thumb, alt: '', loading: 'lazy', decoding: 'async' });
        img.setAttribute('role', 'presentation');
        li.append(img);
      }
      li.append(h, meta, p);
      list.append(li);
    }
  }

  let current = null, shown = 0, serial = 0, timer;
  function run(push) {
    const q = input.value.trim(), year = yearSel ? Number(yearSel.value) || 0 : 0, id = ++serial;
    let cat = -1;
    if (catSel && catSel.value) cat = ids.includes(catSel.value) ? ids.indexOf(catSel.value) : -2;
    if (push) {
      const u = new URL(location.href);
      u.searchParams.set('q', q);
      for (const [k, s] of [['category', catSel], ['year', yearSel]]) {
        if (s && s.value) u.searchParams.set(k, s.value); else u.searchParams.delete(k);
      }
      history.replaceState(null, '', u);
    }
    list.textContent = ''; more.hidden = true; current = null;
    if (!q) { status.textContent = ''; return; }
    status.textContent = t('searching');
    engine.match(q, cat, year).then((r) => {
      if (id !== serial) return;
      current = { q, r }; shown = 0;
      status.textContent = t(r.hits.length ? 'results' : 'none', { count: r.hits.length, query: q });
      return next(id);
    }).catch(() => {
      if (id === serial) status.textContent = t('error') + (location.protocol === 'file:' ? ' ' + t('file') : '');
    });
  }
  async function next(id) {
    if (!current) return;
    const { q, r } = current, from = shown;
    shown += PAGE;
    const rows = await engine.page(q, r, from, PAGE);
    if (id !== serial) return;
    render(rows, q);
    more.hidden = shown >= r.hits.length;
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  if (catSel) catSel.value = params.get('category') || '';
  const later = () => { clearTimeout(timer); timer = setTimeout(() => run(true), 250); };
  form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); run(true); });
  input.addEventListener('input', (e) => { if (!e.isComposing) later(); });  // not mid-IME (pinyin)
  input.addEventListener('compositionend', later);
  for (const s of [catSel, yearSel]) if (s) s.addEventListener('change', () => run(true));
  more.addEventListener('click', () => next(serial));
  engine.init().then((m) => {
    ids = m.categories.map((c) => c.id);
    if (yearSel) {
      for (const y of m.years) { const o = el('option'); o.value = o.textContent = y; yearSel.append(o); }
      yearSel.value = params.get('year') || '';
    }
  }).finally(() => run(false));
})();
