// usage: node cnt.mjs 're1' 're2' ... ; all must match one exchange (question+answer). prints counts and N sample questions.
// a pattern starting with "!" must NOT match.
import { readFileSync } from 'node:fs';
const rows = readFileSync(new URL('exchanges.tsv', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
const res = process.argv.slice(2).map((s) => s.startsWith('!') ? { neg: true, r: new RegExp(s.slice(1), 'iu') } : { neg: false, r: new RegExp(s, 'iu') });
const hits = rows.filter(([, , t]) => res.every(({ neg, r }) => neg !== r.test(t)));
const years = {};
for (const h of hits) years[h[1].slice(0, 4)] = (years[h[1].slice(0, 4)] ?? 0) + 1;
console.log(`${hits.length} ex, ${new Set(hits.map((h) => h[0])).size} pages`, JSON.stringify(years));
for (const h of hits.slice(0, +(process.env.N ?? 3))) console.log('   ', h[1], h[2].slice(0, +(process.env.W ?? 160)));
