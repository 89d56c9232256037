import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadQuerySet } from '../src/eval/queries.js';
import { isEnglishWord } from '../src/search/english-words.js';
import { readLexicalIndex } from '../src/search/lexical-file.js';
import { openSearch } from '../src/search/open.js';
import { suggestedSpelling, type SpellingCorpus } from '../src/search/spelling.js';
import { normalizeTerm } from '../src/search/terms.js';
import { currentGeneration, indexDirFromEnv } from '../src/store/layout.js';
import { seededRandom } from '../src/util/seeded-random.js';

/**
 * How often "Did you mean" suggests for words it should not (eval/README.md, **Did you mean**), on the
 * index of SPOX_INDEX_DIR (`index/`):
 * - `npm run bench:spelling -- words FILE`: each word of FILE (one a line, as a dictionary lists
 *   them: /usr/share/dict/words) that no record holds, alone as a question, the lower-case words and
 *   the capitalised ones counted apart: real words, so every suggestion is a false one (`--list`
 *   prints them);
 * - `npm run bench:spelling -- slips FILE`: one slip of each of nine kinds (`SLIPS`) of every word the
 *   transcripts write in five records or more (five letters or more), kept where the slip is no word of
 *   FILE and no index term, alone as a question: how many are given the word meant, and how many another
 *   (`--list` prints those). A word mostly written with a capital is a name's, typed with one and again in
 *   lower case, as reporters typing fast type it;
 * - `npm run bench:spelling -- queries`: every query of eval/queries.json and eval/queries-zh.json,
 *   with what it suggests, for comparing two versions line by line.
 */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** The keys around a letter's on a QWERTY keyboard, diagonals included. */
function keysAround(letter: string): string[] {
  const around: string[] = [];
  KEY_ROWS.forEach((row, r) => {
    const at = row.indexOf(letter);
    if (at < 0) return;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const key = KEY_ROWS[r + dr]?.[at + dc];
        if (key && key !== letter) around.push(key);
      }
    }
  });
  return around;
}

/**
 * The nine kinds of slip made of a word in lower case (null where the word allows none): a letter
 * dropped inside it or at its end, a key around a letter added inside or at the end, a letter changed
 * for a key around it or a vowel for another, two neighbours swapped, a doubled letter undoubled (or a
 * consonant doubled when none is), and, from eight letters, a letter dropped and another changed.
 */
const SLIPS: Readonly<Record<string, (w: string, random: () => number) => string | null>> = {
  'dropped inside': (w, random) => {
    const i = inside(w, random);
    return w.slice(0, i) + w.slice(i + 1);
  },
  'dropped at the end': (w) => w.slice(0, -1),
  'added inside': (w, random) => {
    const i = inside(w, random);
    return w.slice(0, i) + pick(keysAround(w[i]!), random) + w.slice(i);
  },
  'added at the end': (w, random) => w + pick(keysAround(w.at(-1)!), random),
  'a key around': (w, random) => {
    const i = inside(w, random);
    return w.slice(0, i) + pick(keysAround(w[i]!), random) + w.slice(i + 1);
  },
  'a vowel for a vowel': (w, random) => {
    const at = [...w].flatMap((c, i) => (i > 0 && VOWELS.includes(c) ? [i] : []));
    if (at.length === 0) return null;
    const i = pick(at, random);
    return w.slice(0, i) + pick([...VOWELS].filter((v) => v !== w[i]), random) + w.slice(i + 1);
  },
  swapped: (w, random) => {
    const i = inside(w, random);
    if (i + 1 >= w.length || w[i] === w[i + 1]) return null;
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  },
  doubled: (w, random) => {
    const doubled = [...w].flatMap((c, i) => (i > 0 && w[i - 1] === c ? [i] : []));
    if (doubled.length > 0) {
      const i = pick(doubled, random);
      return w.slice(0, i) + w.slice(i + 1);
    }
    const i = inside(w, random);
    return VOWELS.includes(w[i]!) ? null : w.slice(0, i) + w[i] + w.slice(i);
  },
  'two edits': (w, random) => {
    if (w.length < 8) return null;
    const i = inside(w, random);
    const dropped = w.slice(0, i) + w.slice(i + 1);
    const j = inside(dropped, random);
    return dropped.slice(0, j) + pick(keysAround(dropped[j]!), random) + dropped.slice(j + 1);
  },
};
const VOWELS = 'aeiou';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'boolean', default: false } } });
const [mode, file] = positionals;
const indexDir = indexDirFromEnv();
const generation = currentGeneration(indexDir);
if (!generation) {
  console.error(`bench:spelling: no index in ${indexDir}: run npm run index first`);
  process.exit(1);
}

if (mode === 'words' && file) {
  const corpus = englishCorpus();
  const kinds = { 'lower case': /^[a-z]{3,}$/, capitalised: /^[A-Z][a-z]{2,}$/ };
  for (const [kind, shape] of Object.entries(kinds)) {
    let tried = 0;
    let suggested = 0;
    const started = performance.now();
    for (const word of readFileSync(file, 'utf8').split('\n').map((w) => w.trim())) {
      const term = shape.test(word) ? normalizeTerm(word) : null;
      if (!term || corpus.index.documentFrequency(term) > 0) continue;
      tried++;
      const suggestion = suggestedSpelling(word, word, term, corpus);
      if (!suggestion) continue;
      suggested++;
      if (values.list) console.log(`${word} -> ${suggestion}`);
    }
    const each = tried > 0 ? (performance.now() - started) / tried : 0;
    console.log(`${kind}: ${tried} words no record holds, ${suggested} given a suggestion, ${each.toFixed(2)} ms each`);
  }
} else if (mode === 'slips' && file) {
  const corpus = englishCorpus();
  const dictionary = new Set(readFileSync(file, 'utf8').split('\n').map((w) => w.trim().toLowerCase()));
  const groups = new Map<string, { slips: number; english: number; right: number; wrong: number }>();
  for (const { kind, typed, meant, name } of slipsOfWrittenWords(corpus, dictionary)) {
    const group = name ? (/^\p{Lu}/u.test(typed) ? 'names typed with a capital' : 'names typed in lower case') : 'words';
    const counts = groups.get(group) ?? { slips: 0, english: 0, right: 0, wrong: 0 };
    groups.set(group, counts);
    counts.slips++;
    if (isEnglishWord(typed.toLowerCase())) counts.english++;
    const suggestion = suggestedSpelling(typed, typed, normalizeTerm(typed)!, corpus);
    if (suggestion === null) continue;
    if (suggestion.toLowerCase() === meant.toLowerCase()) counts.right++;
    else {
      counts.wrong++;
      if (values.list) console.log(`${kind}\t${typed} -> ${suggestion} (meant ${meant})`);
    }
  }
  for (const [group, { slips, english, right, wrong }] of groups) {
    console.log(`${group}: ${slips} slips (${english} of them words of word-list), ${right} given the word meant, ${wrong} another`);
  }
} else if (mode === 'queries') {
  const search = await openSearch(indexDir, { embedder: null });
  for (const path of ['eval/queries.json', 'eval/queries-zh.json']) {
    for (const query of loadQuerySet(path)) {
      const { total, missing } = await search.search(query.query);
      const without = missing.didYouMean?.without;
      const words = (missing.didYouMean?.words.map((w) => `${w.typed} -> ${w.suggested}`).join(', ') ?? '-')
        + (without ? ` (nothing with ${without.words.join(', ')}; ${without.total} without)` : '');
      console.log([query.id, total, JSON.stringify(missing.inNoRecord), words].join('\t'));
    }
  }
} else {
  console.error('bench:spelling: give "words FILE" or "slips FILE" (a word a line) or "queries"');
  process.exit(2);
}

/** The English lexical index of the generation, and the text of its English records. */
function englishCorpus(): SpellingCorpus & { texts: Map<string, string> } {
  const index = readLexicalIndex(generation!);
  const texts = new Map<string, string>();
  for (const line of readFileSync(join(generation!, 'records.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line) as { id: string; question?: string; answer: string; lang?: string };
    if (record.lang !== 'zh') texts.set(record.id, `${record.question ?? ''} ${record.answer}`);
  }
  return { index, texts, text: (id) => texts.get(id) };
}

/** A letter's place, neither the first nor the last. */
function inside(w: string, random: () => number): number {
  return 1 + Math.floor(random() * (w.length - 2));
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * The slips of `SLIPS` of the words the records write whose term is in five records or more (the way
 * each is most written, five letters or more): kept where the slip is no word of `dictionary` and no
 * index term; a name's (mostly written with a capital) typed with a capital and in lower case.
 */
function* slipsOfWrittenWords(
  corpus: ReturnType<typeof englishCorpus>, dictionary: ReadonlySet<string>,
): Generator<{ kind: string; typed: string; meant: string; name: boolean }> {
  const written = new Map<string, Map<string, number>>();
  for (const text of corpus.texts.values()) {
    for (const [word] of text.matchAll(/[A-Za-z]+/g)) {
      const term = normalizeTerm(word);
      if (!term) continue;
      const forms = written.get(term) ?? new Map<string, number>();
      written.set(term, forms);
      forms.set(word, (forms.get(word) ?? 0) + 1);
    }
  }
  const random = seededRandom(34);
  for (const [term, forms] of written) {
    if (corpus.index.documentFrequency(term) < 5) continue;
    const [meant] = [...forms].sort(([, a], [, b]) => b - a)[0]!;
    if (meant.length < 5) continue;
    const all = [...forms.values()].reduce((sum, n) => sum + n, 0);
    const inLowerCase = [...forms].reduce((sum, [form, n]) => sum + (form === form.toLowerCase() ? n : 0), 0);
    const name = inLowerCase * 2 < all;
    const lower = meant.toLowerCase();
    for (const [kind, make] of Object.entries(SLIPS)) {
      const slip = make(lower, random);
      if (!slip || slip === lower || dictionary.has(slip)) continue;
      const slipTerm = normalizeTerm(slip);
      if (!slipTerm || corpus.index.documentFrequency(slipTerm) > 0) continue;
      if (name) yield { kind, typed: slip[0]!.toUpperCase() + slip.slice(1), meant, name };
      yield { kind, typed: slip, meant, name };
    }
  }
}
