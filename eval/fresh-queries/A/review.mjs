// Prints, for each query of queries-fresh.json (or ids given), the matching exchanges (date + question start).
import { readFileSync } from 'node:fs';
import { pages } from './extract.mjs';
const Q = JSON.parse(readFileSync(new URL('queries-fresh.json', import.meta.url), 'utf8'));
const want = process.argv.slice(2);
const W = +(process.env.W ?? 150);
const ps = pages();
const seen = new Set();
for (const q of Q) {
  if (q.kind === 'none' || (want.length && !want.includes(q.id))) continue;
  const key = JSON.stringify(q.relevant);
  if (seen.has(key) && !want.length) continue;
  seen.add(key);
  const all = (q.relevant.all ?? []).map((x) => new RegExp(x, 'iu'));
  const any = (q.relevant.any ?? []).map((x) => new RegExp(x, 'iu'));
  const hits = ps.flatMap((p) => p.ex.filter((e) => { const t = e.q + ' ' + e.a; return all.every((r) => r.test(t)) && (!any.length || any.some((r) => r.test(t))); }).map((e) => [p.date, e.q]));
  console.log(`\n== ${q.id}: ${hits.length} ex, ${new Set(hits.map((h) => h[0])).size} dates`);
  for (const [d, qq] of hits) console.log('  ', d, qq.slice(0, W));
}
