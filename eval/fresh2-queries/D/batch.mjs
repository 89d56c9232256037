import { readFileSync } from 'node:fs';
const rows = readFileSync('exchanges.tsv', 'utf8').split('\n').filter(Boolean).map((l) => { const i = l.indexOf('\t'); return [l.slice(0, i), l.slice(i + 1)]; });
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, ...pats] = line.split('\t');
  const res = pats.map((s) => new RegExp(s, 'iu'));
  const hits = rows.filter(([, t]) => res.every((r) => r.test(t)));
  const pages = new Set(hits.map((h) => h[0])).size;
  console.log(`${pages < 3 ? '!!' : '  '} ${String(hits.length).padStart(3)} ex ${String(pages).padStart(3)} pg  ${name}`);
}
