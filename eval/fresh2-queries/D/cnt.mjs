// usage: node cnt.mjs 're1' 're2' ... ; all must match one exchange. prints counts and 3 sample questions.
import { readFileSync } from 'node:fs';
const rows = readFileSync('exchanges.tsv', 'utf8').split('\n').filter(Boolean).map((l) => { const i = l.indexOf('\t'); return [l.slice(0, i), l.slice(i + 1)]; });
const res = process.argv.slice(2).map((s) => new RegExp(s, 'iu'));
const hits = rows.filter(([, t]) => res.every((r) => r.test(t)));
console.log(`${hits.length} ex, ${new Set(hits.map((h) => h[0])).size} pages`);
for (const h of hits.slice(0, +(process.env.N ?? 3))) console.log('   ', h[0], h[1].slice(0, 160));
