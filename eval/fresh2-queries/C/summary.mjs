// Writes summary.md: per query, the relevant exchanges, the pages they sit on and the years of those pages
// (dates from seeds/mfa-en/MANIFEST.tsv titles, else the page text; the plain-text transcript is 2021).
import { readFileSync, writeFileSync } from 'node:fs';
import { pages } from './extract.mjs';
const Q = JSON.parse(readFileSync(new URL('queries-fresh2.json', import.meta.url), 'utf8'));
const manifest = readFileSync(new URL('../../../seeds/mfa-en/MANIFEST.tsv', import.meta.url), 'utf8').split('\n');
const year = new Map(manifest.map((l) => l.split('\t')).filter((c) => c[3]).map((c) => [c[0], (c[3].match(/(20\d\d)(?!.*20\d\d)/) ?? [])[1]]));
const ps = pages();
// Some manifest titles lack the year (September 2018 pages, whose text has no full date either): such a page
// takes the year of the page with the nearest id (ids grow with publication) that has one.
const dated = [...year].filter(([, y]) => y).map(([f, y]) => [+f.replace(/\D/g, ''), y]);
const pageYear = (f) => { const n = +f.replace(/\D/g, ''); return dated.reduce((b, d) => (Math.abs(d[0] - n) < Math.abs(b[0] - n) ? d : b))[1]; };
const rows = ['| id | kind | query | exchanges | pages | years |', '|----|------|-------|----------:|------:|-------|'];
for (const q of Q) {
  if (q.kind === 'none') { rows.push(`| ${q.id} | none | ${q.query} | 0 | 0 | |`); continue; }
  const all = q.relevant.all?.map((s) => new RegExp(s, 'iu')) ?? [];
  const any = q.relevant.any?.map((s) => new RegExp(s, 'iu'));
  const m = (t) => all.every((r) => r.test(t)) && (!any || any.some((r) => r.test(t)));
  const files = ps.flatMap((p) => p.ex.filter((e) => m(e.q + ' ' + e.a)).map(() => p.file));
  const ys = [...new Set(files.map((f) => year.get(f) ?? (f.endsWith('.txt') ? '2021' : pageYear(f))))].sort().join(', ');
  rows.push(`| ${q.id} | ${q.kind} | ${q.query} | ${files.length} | ${new Set(files).size} | ${ys} |`);
}
writeFileSync(new URL('summary.md', import.meta.url), rows.join('\n') + '\n');
console.log(rows.join('\n'));
