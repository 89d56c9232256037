// For each of this set's rules: which exchanges it marks relevant are also marked relevant by a rule of
// eval/queries.json (to see whether a topic is already covered). Reads rules only, never rankings.
import { readFileSync } from 'node:fs';
import { pages } from './extract.mjs';
const mine = JSON.parse(readFileSync(new URL('./queries-fresh2.json', import.meta.url), 'utf8'));
const theirs = JSON.parse(readFileSync(new URL('../../queries.json', import.meta.url), 'utf8')).filter((q) => q.relevant);
const compile = (rel) => ({ all: rel.all?.map((s) => new RegExp(s, 'iu')), any: rel.any?.map((s) => new RegExp(s, 'iu')) });
const test = (rule, t) => (rule.all ?? []).every((r) => r.test(t)) && (!rule.any || rule.any.some((r) => r.test(t)));
const ex = pages().flatMap((p) => p.ex.map((e) => e.q + ' ' + e.a));
const other = theirs.map((q) => [q.id, compile(q.relevant)]);
const seen = new Set();
for (const q of mine.filter((x) => x.relevant)) {
  const key = JSON.stringify(q.relevant);
  if (seen.has(key)) continue;
  seen.add(key);
  const rule = compile(q.relevant);
  const hits = ex.filter((t) => test(rule, t));
  const shared = {};
  for (const t of hits) for (const [id, r] of other) if (test(r, t)) shared[id] = (shared[id] ?? 0) + 1;
  console.log(q.id.padEnd(32), `${hits.length} ex;`, Object.entries(shared).map(([id, n]) => `${id} ${n}`).join(', ') || 'no overlap');
}
