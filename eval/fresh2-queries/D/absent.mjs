// usage: node absent.mjs 're1' 're2' ... : for each candidate absent pattern of a none query, how many documents
// it matches (HTML-stripped text or raw), over the corpus pages, the 2021 transcript and the 2026 plain-text
// files, with the text around the first hits.
import { readFileSync, readdirSync } from 'node:fs';
const D = new URL('../../../seeds/mfa-en/', import.meta.url).pathname;
const P = new URL('../../../seeds/plain-text/', import.meta.url).pathname;
const docs = [
  ...readdirSync(D).filter((f) => f.endsWith('.shtml')).map((f) => [f, readFileSync(D + f, 'utf8')]),
  ...readdirSync(P).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(P + f, 'utf8')]),
];
const strip = (t) => t.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
for (const s of process.argv.slice(2)) {
  const r = new RegExp(s, 'iu');
  const hits = docs.filter(([, t]) => r.test(strip(t)) || r.test(t));
  const show = hits.slice(0, 4).map(([f, t]) => { const x = strip(t); const m = x.match(r); return f + ': ' + (m ? x.slice(Math.max(0, m.index - 60), m.index + 80) : '(raw only)'); });
  console.log(hits.length, s.slice(0, 60), show.join(' || '));
}
