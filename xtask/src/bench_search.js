// The bench page's script: builds each engine over BENCH.docs, runs BENCH.queries, reports to window.__bench.
(function () {
  const docs = BENCH.docs;
  const FIELDS = ["title_en", "title_zh", "path", "body_en", "body_zh"];
  const BOOST = { title_en: 3, title_zh: 3, path: 2, body_en: 1, body_zh: 1 };
  const now = () => performance.now();

  function engines() {
    const list = [];
    // ours
    list.push({
      name: "mailgun-help (Rust/wasm)",
      bytes: BENCH.sizes.ours,
      build() {
        const bytes = Uint8Array.from(atob(MH_WASM), (c) => c.charCodeAt(0));
        wasm_bindgen.initSync({ module: bytes });
        wasm_bindgen.parse_content();
        const t0 = now();
        wasm_bindgen.load();
        this.loadMs = now() - t0;
      },
      search(q) {
        return Array.from(wasm_bindgen.query(q, 10), (i) => docs[i].id);
      },
    });
    list.push({
      name: "MiniSearch",
      bytes: BENCH.sizes.minisearch,
      build() {
        this.ix = new MiniSearch({
          fields: FIELDS, idField: "id",
          searchOptions: { boost: BOOST, prefix: true, fuzzy: 0.2, combineWith: "OR" },
        });
        this.ix.addAll(docs);
      },
      search(q) {
        return this.ix.search(q).slice(0, 10).map((r) => r.id);
      },
    });
    list.push({
      name: "FlexSearch",
      bytes: BENCH.sizes.flexsearch,
      build() {
        this.ix = new FlexSearch.Document({ document: { id: "id", index: FIELDS }, tokenize: "forward" });
        docs.forEach((d) => this.ix.add(d));
      },
      search(q) {
        const res = this.ix.search(q, { limit: 10 });
        const score = new Map();
        for (const r of res) {
          r.result.forEach((id, i) => score.set(id, (score.get(id) || 0) + BOOST[r.field] / (i + 1)));
        }
        return [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map((e) => e[0]);
      },
    });
    list.push({
      name: "Fuse.js",
      bytes: BENCH.sizes["fuse.js"],
      build() {
        this.ix = new Fuse(docs, {
          keys: FIELDS.map((f) => ({ name: f, weight: BOOST[f] })), ignoreLocation: true, threshold: 0.4,
        });
      },
      search(q) {
        return this.ix.search(q, { limit: 10 }).map((r) => r.item.id);
      },
    });
    list.push({
      name: "lunr",
      bytes: BENCH.sizes.lunr,
      build() {
        this.ix = lunr(function () {
          this.ref("id");
          FIELDS.forEach((f) => this.field(f, { boost: BOOST[f] }));
          docs.forEach((d) => this.add(d));
        });
      },
      search(q) {
        const toks = lunr.tokenizer(q);
        if (!toks.length) return [];
        const res = this.ix.query((qq) => {
          toks.forEach((t, i) => {
            const s = t.toString();
            qq.term(s, { usePipeline: true });
            if (i === toks.length - 1) qq.term(s, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
            if (s.length >= 4) qq.term(s, { usePipeline: false, editDistance: 1, boost: 0.2 });
          });
        });
        return res.slice(0, 10).map((r) => r.ref);
      },
    });
    return list;
  }

  function pct(sorted, p) {
    if (!sorted.length) return 0;
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }

  function run() {
    const rows = [];
    for (const e of engines()) {
      const t0 = now();
      e.build();
      const buildMs = now() - t0;
      const load = e.loadMs !== undefined ? e.loadMs : buildMs;
      for (const lang of ["en", "zh"]) {
        const qs = BENCH.queries[lang];
        let h1 = 0, h10 = 0, mrr = 0;
        const times = [];
        for (const { q, ids } of qs) {
          let got = [];
          try { got = e.search(q); } catch (err) { got = []; }
          const rank = got.findIndex((id) => ids.includes(id));
          if (rank === 0) h1++;
          if (rank >= 0 && rank < 10) { h10++; mrr += 1 / (rank + 1); }
          // Batch: repeat until at least 1 ms has passed.
          let reps = 0;
          const s = now();
          let el = 0;
          do {
            try { e.search(q); } catch (err) { /* counted as no result above */ }
            reps++;
            el = now() - s;
          } while (el < 1);
          times.push((el * 1000) / reps);
        }
        times.sort((a, b) => a - b);
        rows.push({
          engine: e.name, lang, n: qs.length,
          hit1: h1 / qs.length, hit10: h10 / qs.length, mrr: mrr / qs.length,
          p50: pct(times, 0.5), p95: pct(times, 0.95), load, build: buildMs, bytes: e.bytes,
        });
      }
    }
    window.__bench = { done: true, rows, n_en: BENCH.queries.en.length, n_zh: BENCH.queries.zh.length };
  }

  window.__bench = { done: false };
  setTimeout(() => {
    try { run(); } catch (err) { window.__bench = { error: String(err && err.stack || err) }; }
  }, 50);
})();
