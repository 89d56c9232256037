/**
 * `npx tsx scripts/list-names.ts [min] > names.tsv`: the names the bundled index's English records
 * use in at least `min` records (default 2), most used first, as `name<TAB>records<TAB>other
 * forms<TAB>a sentence that uses it`: the list `src/search/described-names.ts` describes. Runs of
 * capitalised words, a title ("President", "Secretary") or a sentence's first word cut off, names
 * with the same index terms merged. Ordinary words and fragments remain: the describers skipped them.
 */
import { readRecordStore } from '../src/store/records-file.js';
import { termsOf } from '../src/search/terms.js';
import { readFileSync } from 'node:fs';

const dir = `index/${readFileSync('index/CURRENT', 'utf8').trim()}`;
const { records } = readRecordStore(dir);
const en = records.filter((r) => (r.lang ?? 'en') === 'en');
const texts = en.map((r) => `${r.question ?? ''}\n${r.answer}`);
// How often each word is written in lower case: a capitalised word mostly written lower-case is an ordinary word.
const lower = new Map<string, number>(), upper = new Map<string, number>();
for (const t of texts) for (const w of t.match(/\p{L}+/gu) ?? []) {
  const m = /^\p{Lu}/u.test(w) ? upper : lower; const k = w.toLowerCase(); m.set(k, (m.get(k) ?? 0) + 1);
}
const ordinary = (w: string): boolean => { const k = w.toLowerCase(); return (lower.get(k) ?? 0) >= (upper.get(k) ?? 0); };
const TITLES = new Set('President Vice Premier Prime Minister Foreign Secretary State Councilor Chairman Chairwoman Mr Ms Mrs Dr Ambassador Senator Spokesperson Spokesman General Director Deputy Chancellor King Queen Emperor Pope Professor Comrade Defense Defence Commerce Treasury Trade Representative Special Envoy Counselor Councillor Governor Chief Executive Mayor Leader Crown Prince Sheikh Senior Assistant Under Acting Former Executive External Affairs Home Finance Interior Security Adviser Advisor Spokeswoman House Speaker'.split(' '));
const SKIP = new Set('China Chinese US UK Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December I'.split(' '));
const CONNECT = new Set(['of', 'the', 'for', 'de', 'al', 'bin', 'van', 'von', 'la', 'du']);
const startWord = (w: string): boolean => (lower.get(w.toLowerCase()) ?? 0) * 10 >= (upper.get(w.toLowerCase()) ?? 0);
const df = new Map<string, number>(); const ctx = new Map<string, string>();
for (const text of texts) {
  const seen = new Set<string>();
  for (const sentence of text.split(/(?<=[.?!:;"“”()])\s+|\n+/)) {
    const tokens = sentence.split(/\s+/).map((t) => t.replace(/^[("“'‘]+|[)"”'’,.?!:;]+$/g, ''));
    let run: string[] = [];
    let atStart = true;
    const flush = () => {
      if (atStart && run.length && startWord(run[0]!)) run.shift();
      while (run.length && (CONNECT.has(run[run.length - 1]!))) run.pop();
      while (run.length && (TITLES.has(run[0]!) || SKIP.has(run[0]!) || CONNECT.has(run[0]!) || (run.length === 1 && ordinary(run[0]!)))) run.shift();
      if (run.length && run.length <= 6) {
        const name = run.join(' ').replace(/['’]s$/, '');
        const bilateral = /^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u.test(name) && !/^Shangri/.test(name);
        if (!bilateral && !SKIP.has(name) && name.length > 1 && !seen.has(name)) {
          seen.add(name); df.set(name, (df.get(name) ?? 0) + 1);
          if (!ctx.has(name)) ctx.set(name, sentence.replace(/\s+/g, ' ').slice(0, 220));
        }
      }
      run = []; atStart = false;
    };
    for (const tok of tokens) {
      if (/^(?:\p{Lu}[\p{L}\p{N}'’-]*|\p{Lu}{2,}\d*)$/u.test(tok)) run.push(tok);
      else if (run.length && CONNECT.has(tok) ) run.push(tok);
      else flush();
    }
    flush();
  }
}
// Merge names that are the same index terms; keep the most frequent form.
const byTerms = new Map<string, { name: string; n: number; forms: string[] }>();
for (const [name, n] of [...df].sort((a, b) => b[1] - a[1])) {
  const key = termsOf(name).join(' ');
  if (!key || ['usa', 'china', 'uk', 'chines'].includes(key)) continue;
  const e = byTerms.get(key);
  if (e) { e.forms.push(name); e.n = Math.max(e.n, n); } else byTerms.set(key, { name, n, forms: [name] });
}
const min = Number(process.argv[2] ?? 3);
const rows = [...byTerms.values()].filter((e) => e.n >= min).sort((a, b) => b.n - a.n);
for (const e of rows) console.log(`${e.name}\t${e.n}\t${e.forms.slice(1, 4).join(' | ')}\t${ctx.get(e.name)}`);
