// Prints a markdown table: per query, kind, matching exchanges, pages, years (for README).
import { readFileSync } from 'node:fs';
import { pages } from './extract.mjs';
const Q = JSON.parse(readFileSync(new URL('queries-fresh.json', import.meta.url), 'utf8'));
const ps = pages();
console.log('| id | kind | query | exchanges | pages | years |\n|---|---|---|--:|--:|---|');
for (const q of Q) {
  if (q.kind === 'none') { console.log(`| ${q.id} | none | ${q.query} | 0 | 0 | — |`); continue; }
  const all = (q.relevant.all ?? []).map((x) => new RegExp(x, 'iu'));
  const any = (q.relevant.any ?? []).map((x) => new RegExp(x, 'iu'));
  const hits = ps.flatMap((p) => p.ex.filter((e) => { const t = e.q + ' ' + e.a; return all.every((r) => r.test(t)) && (!any.length || any.some((r) => r.test(t))); }).map(() => p));
  const yrs = {}; for (const p of hits) yrs[p.date.slice(0, 4)] = (yrs[p.date.slice(0, 4)] ?? 0) + 1;
  console.log(`| ${q.id} | ${q.kind} | ${q.query} | ${hits.length} | ${new Set(hits.map((p) => p.file)).size} | ${Object.entries(yrs).map(([y, n]) => `${y}:${n}`).join(' ')} |`);
}
