// Splits each corpus document into exchanges (question + answer), plain text.
// Corpus = the 441 English HTML pages in /work/main/seeds/mfa-en/*.shtml and the 2021 plain-text
// transcript /work/main/seeds/plain-text/000_4d07b25c1c8cc511.txt (paragraphs "Outlet: question",
// then "Spokesperson: answer" and further answer paragraphs).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
const DIR = new URL('../../../seeds/mfa-en/', import.meta.url).pathname;
const PLAIN = new URL('../../../seeds/plain-text/000_4d07b25c1c8cc511.txt', import.meta.url).pathname;
const SPOKES = /^(Wang Wenbin|Hua Chunying|Zhao Lijian|Geng Shuang|Lu Kang|Wang Yi)\s*:/;
const decode = (s) => s.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&rsquo;|&lsquo;/g, "'").replace(/&ldquo;|&rdquo;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&mdash;/g, '—').replace(/&ndash;/g, '–').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n));
function plainPage() {
  const raw = readFileSync(PLAIN, 'utf8');
  const paras = raw.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const ex = [];
  let cur = null;
  for (const p of paras.slice(1)) {
    if (/^<Suggest/.test(p)) continue;
    if (!SPOKES.test(p) && /^[A-Z][\w .&'-]{1,60}:/.test(p)) { cur = { q: p, a: '' }; ex.push(cur); }
    else if (cur) cur.a += ' ' + p;
  }
  return { file: '000_4d07b25c1c8cc511.txt', raw, text: raw.replace(/\s+/g, ' '), ex };
}
export function pages() {
  const html = readdirSync(DIR).filter((f) => f.endsWith('.shtml')).sort().map((f) => {
    const html = readFileSync(DIR + f, 'utf8');
    const text = decode(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    const paras = [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => ({ bold: /<strong|<b[\s>]/i.test(m[1]), t: decode(m[1].replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim() })).filter((p) => p.t);
    const ex = [];
    let cur = null;
    for (const p of paras) {
      if (p.bold && /^(Q\s*:|[A-Z][\w .&'-]{1,60}:)/.test(p.t)) { cur = { q: p.t, a: '' }; ex.push(cur); }
      else if (cur) cur.a += ' ' + p.t;
    }
    return { file: f, raw: html, text, ex };
  });
  return [...html, plainPage()];
}
if (process.argv[1].endsWith('extract.mjs')) {
  const ps = pages();
  let out = [], n = 0;
  for (const p of ps) for (const e of p.ex) { n++; out.push(`${p.file}\t${e.q}`); }
  writeFileSync('questions.tsv', out.join('\n') + '\n');
  writeFileSync('exchanges.tsv', ps.flatMap((p) => p.ex.map((e) => `${p.file}\t${(e.q + ' ' + e.a).replace(/\t/g, ' ')}`)).join('\n') + '\n');
  console.log(ps.length, 'pages', n, 'exchanges', ps.filter((p) => p.ex.length === 0).map((p) => p.file));
}
