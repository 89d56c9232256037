// usage: node peek.mjs 're1' 're2' ... : every exchange matching all regexes, with its question start and
// the text around the first regex's first hit (to judge relevance by reading).
import { readFileSync } from 'node:fs';
const rows = readFileSync('exchanges.tsv', 'utf8').split('\n').filter(Boolean).map((l) => { const i = l.indexOf('\t'); return [l.slice(0, i), l.slice(i + 1)]; });
const res = process.argv.slice(2).map((s) => new RegExp(s, 'iu'));
const W = +(process.env.W ?? 110);
const hits = rows.filter(([, t]) => res.every((r) => r.test(t)));
console.log(`${hits.length} ex, ${new Set(hits.map((h) => h[0])).size} pages`);
for (const [f, t] of hits) {
  const m = t.match(res[0]);
  const at = m ? m.index : 0;
  console.log(' ', f.replace('.shtml', ''), '|', t.slice(0, W), '|…', t.slice(Math.max(0, at - 60), at + 90));
}
