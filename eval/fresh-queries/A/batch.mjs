// usage: node batch.mjs file ; each line "name<TAB>re1<TAB>re2..." ; prints exchange and page counts.
import { readFileSync } from 'node:fs';
const rows = readFileSync(new URL('exchanges.tsv', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, ...pats] = line.split('\t');
  const res = pats.map((s) => new RegExp(s, 'iu'));
  const hits = rows.filter(([, , t]) => res.every((r) => r.test(t)));
  const pages = new Set(hits.map((h) => h[0])).size;
  console.log(`${pages < 3 ? '!!' : '  '} ${String(hits.length).padStart(3)} ex ${String(pages).padStart(3)} pg  ${name}`);
}
