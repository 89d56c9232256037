// usage: node review.mjs <query-id> [width] : prints every matching exchange (page, start of the question, and the
// text around each pattern's first match) so every hit of a rule can be read.
import { readFileSync } from 'node:fs';
import { pages } from './extract.mjs';
const Q = JSON.parse(readFileSync(new URL('queries-fresh2.json', import.meta.url), 'utf8'));
const q = Q.find((x) => x.id === process.argv[2] || x.id === 'f2-c-' + process.argv[2]);
const W = +(process.argv[3] ?? 160);
const all = q.relevant.all?.map((s) => new RegExp(s, 'iu')) ?? [];
const any = q.relevant.any?.map((s) => new RegExp(s, 'iu'));
const m = (t) => all.every((r) => r.test(t)) && (!any || any.some((r) => r.test(t)));
const around = (t, r) => { const x = r.exec(t); return x ? '«' + t.slice(Math.max(0, x.index - 60), x.index + x[0].length + 60) + '»' : ''; };
let n = 0;
for (const p of pages()) for (const e of p.ex) {
  const t = e.q + ' ' + e.a;
  if (!m(t)) continue;
  n++;
  console.log(`${n}. ${p.file} ${e.q.slice(0, W)}`);
  for (const r of [...all, ...(any ?? []).filter((r) => r.test(t)).slice(0, 1)]) console.log('      ' + around(t, r));
}
