/**
 * `npx tsx scripts/list-names.ts [min] [--missing] > names.tsv`: the names the built index's English
 * records use in at least `min` records (default 2), most used first, as `name<TAB>records<TAB>other
 * forms<TAB>a sentence that uses it`: the list `src/search/described-names.ts` describes. With
 * `--missing`, only the names that list has not seen yet (after a sync brought new ones), to be
 * described the same way: by someone who has not seen the evaluation queries.
 *
 * A name is a run of capitalised words, with a title ("President", "Secretary") or a sentence's
 * first word cut off; names with the same index terms are merged. Ordinary words and fragments
 * remain: the describers skip them.
 */
import { readFileSync } from 'node:fs';
import { DESCRIBED_NAMES, NOT_DESCRIBED } from '../src/search/described-names.js';
import { readRecordStore } from '../src/store/records-file.js';
import { termsOf } from '../src/search/terms.js';

const TITLES = new Set(
  `President Vice Premier Prime Minister Foreign Secretary State Councilor Chairman Chairwoman Mr Ms Mrs Dr
  Ambassador Senator Spokesperson Spokesman General Director Deputy Chancellor King Queen Emperor Pope
  Professor Comrade Defense Defence Commerce Treasury Trade Representative Special Envoy Counselor
  Councillor Governor Chief Executive Mayor Leader Crown Prince Sheikh Senior Assistant Under Acting Former
  External Affairs Home Finance Interior Security Adviser Advisor Spokeswoman House Speaker`.split(/\s+/),
);
const NOT_NAMES = new Set(
  `China Chinese US UK I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
  April May June July August September October November December`.split(/\s+/),
);
/** Lower-case words that join the words of one name: "Ministry of Commerce", "Osama bin Laden". */
const JOINING = new Set(['of', 'the', 'for', 'de', 'al', 'bin', 'van', 'von', 'la', 'du']);
/** Index terms too common to describe: the two countries of most exchanges. */
const TOO_COMMON = new Set(['usa', 'china', 'uk', 'chines']);

const args = process.argv.slice(2);
const min = Number(args.find((a) => /^\d+$/.test(a)) ?? 2);
const missingOnly = args.includes('--missing');

const generation = `index/${readFileSync('index/CURRENT', 'utf8').trim()}`;
const texts = readRecordStore(generation)
  .records.filter((r) => (r.lang ?? 'en') === 'en')
  .map((r) => `${r.question ?? ''}\n${r.answer}`);

// How often each word is written with a capital and without: a capitalised word mostly written in
// lower case is an ordinary word; one often written in lower case opens a sentence, not a name.
const lower = new Map<string, number>();
const upper = new Map<string, number>();
for (const text of texts) {
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const counts = /^\p{Lu}/u.test(word) ? upper : lower;
    counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  }
}
const lowerCount = (w: string): number => lower.get(w.toLowerCase()) ?? 0;
const upperCount = (w: string): number => upper.get(w.toLowerCase()) ?? 0;
const ordinary = (w: string): boolean => lowerCount(w) >= upperCount(w);
const opensSentence = (w: string): boolean => lowerCount(w) * 10 >= upperCount(w);

/** The name a run of capitalised words holds, or null. */
function nameOf(run: string[], atSentenceStart: boolean): string | null {
  const words = [...run];
  if (atSentenceStart && words.length > 0 && opensSentence(words[0]!)) words.shift();
  while (words.length > 0 && JOINING.has(words.at(-1)!)) words.pop();
  while (words.length > 0 && (TITLES.has(words[0]!) || NOT_NAMES.has(words[0]!) || JOINING.has(words[0]!) || (words.length === 1 && ordinary(words[0]!)))) {
    words.shift();
  }
  if (words.length === 0 || words.length > 6) return null;
  const name = words.join(' ').replace(/['’]s$/, '');
  const bilateral = /^\p{Lu}\p{L}+-\p{Lu}\p{L}+$/u.test(name) && !name.startsWith('Shangri');
  return bilateral || NOT_NAMES.has(name) || name.length < 2 ? null : name;
}

const records = new Map<string, number>();
const sentenceOf = new Map<string, string>();
for (const text of texts) {
  const seen = new Set<string>();
  for (const sentence of text.split(/(?<=[.?!:;"“”()])\s+|\n+/)) {
    let run: string[] = [];
    let atStart = true;
    const flush = (): void => {
      const name = nameOf(run, atStart);
      if (name && !seen.has(name)) {
        seen.add(name);
        records.set(name, (records.get(name) ?? 0) + 1);
        if (!sentenceOf.has(name)) sentenceOf.set(name, sentence.replace(/\s+/g, ' ').slice(0, 220));
      }
      run = [];
      atStart = false;
    };
    for (const token of sentence.split(/\s+/).map((t) => t.replace(/^[("“'‘]+|[)"”'’,.?!:;]+$/g, ''))) {
      if (/^(?:\p{Lu}[\p{L}\p{N}'’-]*|\p{Lu}{2,}\d*)$/u.test(token)) run.push(token);
      else if (run.length > 0 && JOINING.has(token)) run.push(token);
      else flush();
    }
    flush();
  }
}

// Forms with the same index terms are one name, under its most used form.
const described = new Set([...DESCRIBED_NAMES.map(([name]) => name), ...NOT_DESCRIBED].map((name) => termsOf(name).join(' ')));
const byTerms = new Map<string, { name: string; records: number; forms: string[] }>();
for (const [name, n] of [...records].sort((a, b) => b[1] - a[1])) {
  const key = termsOf(name).join(' ');
  if (!key || TOO_COMMON.has(key)) continue;
  const known = byTerms.get(key);
  if (known) {
    known.forms.push(name);
    known.records = Math.max(known.records, n);
  } else {
    byTerms.set(key, { name, records: n, forms: [name] });
  }
}
for (const [key, e] of [...byTerms].sort((a, b) => b[1].records - a[1].records)) {
  if (e.records < min || (missingOnly && described.has(key))) continue;
  console.log(`${e.name}\t${e.records}\t${e.forms.slice(1, 4).join(' | ')}\t${sentenceOf.get(e.name)}`);
}
