// Splits each page into exchanges (bold question paragraph + following answer paragraphs), plain text.
// Corpus: the 441 pages /work/main/seeds/mfa-en/*.shtml and the 2021 transcript 000_4d07b25c1c8cc511.txt.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
const DIR = new URL('../../../seeds/mfa-en/', import.meta.url).pathname;
const TXT = new URL('../../../seeds/plain-text/000_4d07b25c1c8cc511.txt', import.meta.url).pathname;
const decode = (s) => s.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&rsquo;|&lsquo;/g, "'").replace(/&ldquo;|&rdquo;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&mdash;/g, '—').replace(/&ndash;/g, '–').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n));
const titles = Object.fromEntries(readFileSync(DIR + 'MANIFEST.tsv', 'utf8').split('\n').slice(1).filter(Boolean).map((l) => { const c = l.split('\t'); return [c[0], c[3]]; }));
const dateOf = (title) => { const m = /on ([A-Z][a-z]+) ?(\d+),? ?(\d{4})?/.exec(title ?? ''); return m ? new Date(`${m[1]} ${m[2]}, ${m[3] ?? 2018} UTC`).toISOString().slice(0, 10) : '?'; };
export function pages() {
  const out = readdirSync(DIR).filter((f) => f.endsWith('.shtml')).sort().map((f) => {
    const html = readFileSync(DIR + f, 'utf8');
    const text = decode(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    const paras = [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => ({ bold: /<strong|<b[\s>]/i.test(m[1]), t: decode(m[1].replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim() })).filter((p) => p.t);
    const ex = [];
    let cur = null;
    for (const p of paras) {
      if (p.bold && /^(Q\s*:|[A-Z][\w .&'-]{1,60}:)/.test(p.t)) { cur = { q: p.t, a: '' }; ex.push(cur); }
      else if (cur) cur.a += ' ' + p.t;
    }
    return { file: f, date: dateOf(titles[f]), raw: html, text, ex };
  });
  // plain-text transcript: paragraphs "Outlet: question" then "Spokesperson: answer" (+ continuation paragraphs)
  const raw = readFileSync(TXT, 'utf8');
  const paras = raw.split(/\n\s*\n/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const spk = /^Wang Wenbin:/;
  const ex = [];
  let cur = null;
  for (const p of paras) {
    if (!spk.test(p) && /^[A-Z][\w .&'()-]{1,60}:/.test(p)) { cur = { q: p, a: '' }; ex.push(cur); }
    else if (cur) cur.a += ' ' + p;
  }
  out.push({ file: '000_4d07b25c1c8cc511.txt', date: '2021-02-26', raw, text: raw.replace(/\s+/g, ' '), ex });
  return out;
}
if (process.argv[1]?.endsWith('extract.mjs')) {
  const ps = pages();
  let out = [], n = 0;
  for (const p of ps) for (const e of p.ex) { n++; out.push(`${p.file}\t${p.date}\t${e.q}`); }
  writeFileSync('questions.tsv', out.join('\n') + '\n');
  writeFileSync('exchanges.tsv', ps.flatMap((p) => p.ex.map((e) => `${p.file}\t${p.date}\t${(e.q + ' ' + e.a).replace(/\t/g, ' ')}`)).join('\n') + '\n');
  console.log(ps.length, 'pages', n, 'exchanges', 'no-exchange pages:', ps.filter((p) => p.ex.length === 0).map((p) => p.file), 'undated:', ps.filter((p) => p.date === '?').map((p) => p.file));
}
