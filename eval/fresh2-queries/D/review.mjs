// usage: node review.mjs <query-id> [width] : prints every matching exchange (page + start of text)
import { readFileSync } from 'node:fs';
import { pages } from './extract.mjs';
const Q = JSON.parse(readFileSync('queries-fresh2.json', 'utf8'));
const q = Q.find((x) => x.id === process.argv[2] || x.id === 'f2-d-' + process.argv[2]);
const W = +(process.argv[3] ?? 220);
const rule = { all: q.relevant.all?.map((s) => new RegExp(s, 'iu')), any: q.relevant.any?.map((s) => new RegExp(s, 'iu')) };
const m = (t) => (rule.all ?? []).every((r) => r.test(t)) && (!rule.any || rule.any.some((r) => r.test(t)));
for (const p of pages()) for (const e of p.ex) if (m(e.q + ' ' + e.a)) console.log(p.file, (e.q + ' || ' + e.a).slice(0, W));
